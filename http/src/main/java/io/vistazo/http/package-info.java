/** Router, API endpoints, file serving and pages. */
package io.vistazo.http;
