/// The script the dev server adds to the pages it sends.
///
/// It listens on the event endpoint and reloads the page when a rebuild wrote or removed the page's own file
/// (`/posts/x/` is `posts/x/index.html`; a "not found" page also watches `404.html`), a style sheet, script, image
/// or font, or when every page must reload (the error state changed). A page that was built before a change it did
/// not hear about (it was loading, or its connection dropped) sees a newer version in the `hello` that opens each
/// connection and reloads too. It also hides the error overlay when its button is pressed.
enum ReloadScript {
    /// The URL path of the event endpoint.
    static let eventsPath = "/_placard/events"

    /// The script's text.
    /// - Parameters:
    ///   - version: The server's version when the page was made; only letters, digits and dots.
    ///   - notFound: Whether the page is the "not found" page.
    static func source(version: String, notFound: Bool) -> String {
        """
        (() => {
        "use strict";
        let version = "\(version.filter { $0.isLetter || $0.isNumber || $0 == "." })";
        let path = location.pathname;
        try { path = decodeURIComponent(path); } catch (error) {}
        path = path.replace(/^\\/+/, "");
        if (path === "" || path.endsWith("/")) path += "index.html";
        const own = \(notFound ? "[path, \"404.html\"]" : "[path]");
        const loaded = /\\.(css|m?js|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;
        const events = new EventSource("\(eventsPath)");
        const reload = () => { events.close(); location.reload(); };
        events.addEventListener("hello", (event) => {
          if (JSON.parse(event.data).version !== version) reload();
        });
        events.addEventListener("change", (event) => {
          const change = JSON.parse(event.data);
          if (change.all || change.paths.some((changed) => own.includes(changed) || loaded.test(changed))) reload();
          else version = change.version;
        });
        document.addEventListener("click", (event) => {
          if (event.target instanceof Element && event.target.id === "placard-overlay-hide") {
            const overlay = document.getElementById("placard-overlay");
            if (overlay) overlay.remove();
          }
        });
        })();
        """
    }
}
