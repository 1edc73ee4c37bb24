/** The web interface: sessions, sign-in, pages for people, and the uploader. */
package io.vistazo.http.web;
