import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { I18nProvider } from "./i18n/I18nProvider";
import { router } from "./routes";
import { SessionProvider } from "./session/SessionProvider";
import "./styles/tokens.css";
import "./styles/app.css";
import "./styles/forms.css";
import "./styles/components.css";
import "./styles/ui.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
