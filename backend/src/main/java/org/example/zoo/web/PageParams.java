package org.example.zoo.web;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/**
 * The paging and sorting query parameters every list takes ({@code @BeanParam PageParams page}):
 * {@code ?page=&size=&sort=field,asc|desc}. {@link #request} checks them against the list's {@link
 * Sorting} and reports every invalid one in a single 400.
 */
public class PageParams {

  @QueryParam("page")
  @Parameter(description = "page number, from 0 (default 0)")
  String page;

  @QueryParam("size")
  @Parameter(description = "items per page, 1 to 100 (default 20)")
  String size;

  @QueryParam("sort")
  @Parameter(
      description =
          "field,asc|desc (default ascending); a field the list cannot be sorted by is a 400 that"
              + " names the ones it can")
  String sort;

  public PageRequest request(Sorting sorting) {
    return parse(page, size, sort, sorting);
  }

  /** The same check for parameters read another way; a 400 naming every invalid one. */
  public static PageRequest parse(String page, String size, String sort, Sorting sorting) {
    List<FieldError> errors = new ArrayList<>();
    int pageNumber = parseInt(page, 0, "page", 0, Integer.MAX_VALUE, errors);
    int pageSize =
        parseInt(size, PageRequest.DEFAULT_SIZE, "size", 1, PageRequest.MAX_SIZE, errors);
    String sortField = sorting.defaultField();
    boolean ascending = sorting.defaultAscending();
    if (sort != null && !sort.isBlank()) {
      String[] parts = sort.split(",", -1);
      sortField = parts[0].trim();
      ascending = true;
      if (parts.length > 2) {
        errors.add(new FieldError("sort", "must be field,asc or field,desc"));
      } else if (parts.length == 2) {
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (direction.equals("desc")) {
          ascending = false;
        } else if (!direction.equals("asc")) {
          errors.add(new FieldError("sort", "direction must be asc or desc"));
        }
      }
      if (!sorting.fields().containsKey(sortField)) {
        errors.add(
            new FieldError(
                "sort",
                "unknown sort field '"
                    + sortField
                    + "'; one of "
                    + String.join(", ", new TreeSet<>(sorting.fields().keySet()))));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          ProblemType.VALIDATION, "The paging or sorting parameters are invalid.", errors);
    }
    return new PageRequest(pageNumber, pageSize, sorting.fields().get(sortField), ascending);
  }

  private static int parseInt(
      String value, int fallback, String name, int min, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return StrictNumbers.parseInt(value, min, max);
    } catch (InvalidValue e) {
      errors.add(new FieldError(name, e.getMessage()));
      return fallback;
    }
  }
}
