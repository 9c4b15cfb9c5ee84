package org.example.zoo.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Role;
import org.example.zoo.web.Problems;

/** A signed-in user whose role does not allow the operation: 403 naming the role it needs. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

  @Context ResourceInfo resource;
  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ForbiddenException e) {
    return Problems.response(ProblemType.FORBIDDEN, detail(), List.of(), uriInfo);
  }

  private String detail() {
    String needed = neededRoles();
    String yours = yourRole();
    return (yours == null ? "Your token has none of the roles viewer, keeper, admin." : "")
        + (needed == null
            ? "Your role may not do this."
            : "This needs the role "
                + needed
                + (yours == null ? "." : "; yours is " + yours + "."));
  }

  private String neededRoles() {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return null;
    }
    // As the server decides: the method's roles, else those of the class that declares it (an
    // inherited method's, e.g. EntityResource.get, are not the subclass's).
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? null : String.join(" or ", allowed.value());
  }

  private String yourRole() {
    for (int i = Role.values().length - 1; i >= 0; i--) {
      Role role = Role.values()[i];
      if (security != null && security.isUserInRole(role.groupName())) {
        return role.groupName();
      }
    }
    return null;
  }
}
