/** Use case implementations and link building. */
package io.vistazo.core.service;
