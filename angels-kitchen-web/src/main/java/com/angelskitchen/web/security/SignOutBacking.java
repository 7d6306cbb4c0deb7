package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out from the header's button (a Faces form, so it carries the view state like every other
 * action): ends the session and, on a screen that stayed signed in, forgets its device login.
 */
@Named
@RequestScoped
public class SignOutBacking {

  @EJB StaffDirectory directory;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String device = DeviceCookie.of(request);
    if (device != null) {
      directory.forgetDevice(device);
      DeviceCookie.takeBack(request, response);
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + "/login.xhtml");
  }

  /** Who is signed in, for the header. */
  public String getWho() {
    var principal =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getUserPrincipal();
    return principal == null ? null : principal.getName();
  }
}
