/**
 * The use cases the HTTP edge and the CLI call: one interface per use case, implemented in
 * {@code io.vistazo.core.service} and wired in {@code io.vistazo.app}.
 *
 * <p>Naming rule: a port is named verb first, then what it acts on, as the caller would say it:
 * {@link io.vistazo.core.port.in.UploadMedia}, {@link io.vistazo.core.port.in.DeleteMedia},
 * {@link io.vistazo.core.port.in.EditMedia}, {@link io.vistazo.core.port.in.FindMedia},
 * {@link io.vistazo.core.port.in.ListMedia}, {@link io.vistazo.core.port.in.LinkMedia},
 * {@link io.vistazo.core.port.in.ManageAccounts}, {@link io.vistazo.core.port.in.ManageAlbums},
 * {@link io.vistazo.core.port.in.ManageCategories}, {@link io.vistazo.core.port.in.ManageKeys},
 * {@link io.vistazo.core.port.in.ManageSessions}, {@link io.vistazo.core.port.in.LimitAttempts},
 * {@link io.vistazo.core.port.in.ChangePassword}, {@link io.vistazo.core.port.in.SignUp},
 * {@link io.vistazo.core.port.in.ManageInvites}. "Manage" is for
 * the create/list/change/remove set of one kind of thing. The values a port takes or gives are named for what
 * they hold ({@code UploadCommand}, {@code UploadResult}, {@code MediaChanges}) and live here, or nested in the
 * port when only it uses them ({@code ManageKeys.KeyView}). Implementations keep their own names and are not
 * exported beyond the wiring module. See {@code docs/ARCHITECTURE.md}.
 */
package io.vistazo.core.port.in;
