import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { I18nProvider, initialLanguage, loadCatalogue } from "./i18n/I18nProvider";
import { router } from "./routes";
import { SessionProvider } from "./session/SessionProvider";
import "./styles/tokens.css";
import "./styles/app.css";
import "./styles/forms.css";
import "./styles/components.css";
import "./styles/ui.css";
import "./styles/notifications.css";

const root = document.getElementById("root")!;

/** The words come first (one language's catalogue, loaded in parallel with the page's code). */
async function start(): Promise<void> {
  let language = initialLanguage();
  try {
    await loadCatalogue(language);
  } catch {
    language = "en";
    await loadCatalogue(language);
  }
  createRoot(root).render(
    <StrictMode>
      <I18nProvider language={language}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

start().catch(() => {
  // Not even the English words could be loaded (the connection dropped): say so in all three languages.
  root.textContent = "Greychair could not be loaded. Check your connection and reload the page. · Greychair kon niet worden geladen. Controleer uw verbinding en laad de pagina opnieuw. · Greychair n’a pas pu être chargé. Vérifiez votre connexion et rechargez la page.";
});
