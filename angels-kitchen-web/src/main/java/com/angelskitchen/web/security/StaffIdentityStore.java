package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The Jakarta Security identity store over the staff table: a username and password are valid when
 * the member exists, is enabled and the password matches its PBKDF2 hash. The caller's groups are
 * the roles their staff role grants.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @EJB StaffDirectory directory;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return directory
        .signIn(credential.getCaller(), credential.getPassword().getValue())
        .map(who -> new CredentialValidationResult(who.username(), who.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
