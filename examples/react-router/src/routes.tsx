import { createBrowserRouter, useNavigate, useParams } from 'react-router';
import { App } from './App.tsx';

/** `/models/:id?`: the router's `id` is the open model; the page's navigation goes through it. */
function CustomModelsRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <App
      modelId={id}
      navigate={(next) => navigate(next ? `/models/${encodeURIComponent(next)}` : '/models')}
    />
  );
}

/** React Router (data mode): the list at /models, a model's details at /models/<id>. */
export const router = createBrowserRouter([
  { path: '/', element: <CustomModelsRoute /> },
  { path: '/models/:id?', element: <CustomModelsRoute /> },
]);
