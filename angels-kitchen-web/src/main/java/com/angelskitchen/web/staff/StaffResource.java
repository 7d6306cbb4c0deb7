package com.angelskitchen.web.staff;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.staff.boundary.StaffView;
import com.angelskitchen.staff.entity.StaffRole;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff accounts, for managers: list, add, change role or name, disable or enable, new password.
 */
@ApplicationScoped
@Tag(name = "Staff")
@AllowedRoles(Roles.MANAGER)
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @EJB StaffDirectory directory;

  /** A new member: username, display name, role (CASHIER, COOK, EXPO, MANAGER), first password. */
  public record NewMember(String username, String displayName, String role, String password) {}

  /** Changes to a member; absent fields stay as they are. */
  public record MemberChange(String displayName, String role, Boolean enabled) {}

  /** A new password. */
  public record NewPassword(String password) {}

  @GET
  @Operation(summary = "Every member of staff (never their password)")
  public List<StaffView> all() {
    return directory.all();
  }

  @GET
  @Path("{username}")
  public StaffView one(@PathParam("username") String username) {
    return directory.member(username);
  }

  @POST
  @Operation(summary = "Add a member; 201, or 409 when the username is taken")
  public Response hire(NewMember member, @Context UriInfo uri) {
    if (member == null) {
      throw new InvalidRequestException("request.no-body", "the request needs a JSON body");
    }
    StaffView hired =
        directory.hire(
            member.username(), member.displayName(), role(member.role()), member.password());
    return Response.created(uri.getAbsolutePathBuilder().path(hired.username()).build())
        .entity(hired)
        .build();
  }

  @PUT
  @Path("{username}")
  @Operation(summary = "Rename, change role, disable or enable a member")
  public StaffView change(@PathParam("username") String username, MemberChange change) {
    if (change == null) {
      throw new InvalidRequestException("request.no-body", "the request needs a JSON body");
    }
    return directory.change(
        username,
        change.displayName(),
        change.role() == null ? null : role(change.role()),
        change.enabled());
  }

  @PUT
  @Path("{username}/password")
  @Operation(summary = "Set a new password; signs out the member's wall screens")
  public StaffView password(@PathParam("username") String username, NewPassword password) {
    if (password == null) {
      throw new InvalidRequestException("request.no-body", "the request needs a JSON body");
    }
    return directory.resetPassword(username, password.password());
  }

  private static StaffRole role(String role) {
    try {
      return StaffRole.valueOf(role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "staff.role-unknown", "role is one of CASHIER, COOK, EXPO, MANAGER");
    }
  }
}
