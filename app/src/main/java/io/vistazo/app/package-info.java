/**
 * The composition root: {@code Main} and the CLI commands, configuration (flags over environment over file), the
 * wiring of adapters into use cases ({@code Wiring}), the choice of HTTP engine and the embedding API
 * ({@code Vistazo.builder()}). The only package that may know every module; nothing depends on it.
 * See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.app;
