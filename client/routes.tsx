import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout";
import { HomeScene } from "./scenes/HomeScene";
import { NotFoundScene } from "./scenes/NotFoundScene";

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeScene /> },
      { path: "*", element: <NotFoundScene /> },
    ],
  },
]);
