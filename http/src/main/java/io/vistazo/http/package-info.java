/**
 * The HTTP edge: the router ({@code Router}, {@code RouteTable}), the Chevereto API ({@code ApiRoutes}), file
 * serving, viewer pages, oEmbed and health. Handlers parse requests and render answers; the rules they apply
 * live in {@code core} and are reached through its use cases, never through a storage or media adapter.
 * See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.http;
