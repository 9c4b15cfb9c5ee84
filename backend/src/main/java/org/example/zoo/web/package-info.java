/**
 * The HTTP edge shared by every resource: the operations every entity has ({@link
 * org.example.zoo.web.EntityResource} over a component's {@link org.example.zoo.web.EntityService},
 * with their roles; the role names in {@link org.example.zoo.web.Roles}), paging and filter
 * parameters ({@link org.example.zoo.web.PageParams}, {@link org.example.zoo.web.QueryParams}),
 * request-body rules ({@link org.example.zoo.web.JsonBody}, {@link org.example.zoo.web.EnumName},
 * strict numbers and times in JSON), the exception mappers that turn every failure into
 * problem+json, the filters (malformed URIs, the web UI) and the OpenAPI error documentation.
 */
package org.example.zoo.web;
