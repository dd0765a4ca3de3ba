/**
 * `/admin/sign-in`: a complete page of its own (nobody is signed in, so there is no admin
 * navigation). Labels are visible, the fields carry autocomplete hints for password managers,
 * and a refusal is announced through a role=alert region. It works without any script.
 */
import { renderDocument } from '../../render-document.js';

/** Everything the sign-in page shows. */
export interface SignInPageModel {
  siteName: string;
  /** Content-hashed path of the admin stylesheet. */
  stylesheetHref: string;
  /** Where the form posts. */
  action: string;
  /** The hidden double-submit CSRF field (the same value is in a cookie). */
  csrf: { name: string; value: string };
  /** Where to go after signing in (a same-origin path), or '' for the dashboard. */
  next: string;
  /** The email as typed, kept when the page is shown again. */
  email: string;
  /** Why the last attempt was refused (`fields`: because of what was typed, so the fields are marked invalid), or null. */
  error: { message: string; fields: boolean } | null;
}

/** The sign-in page as a complete HTML document; search engines are asked to leave it alone. */
export function renderSignInPage(model: SignInPageModel): string {
  return renderDocument(<SignInPage {...model} />);
}

function SignInPage(model: SignInPageModel) {
  const errorId = model.error ? 'signin-error' : undefined;
  const invalid = model.error?.fields ? 'true' : undefined;
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`Sign in — ${model.siteName} admin`}</title>
        <link rel="stylesheet" href={model.stylesheetHref} />
      </head>
      <body class="admin admin--signin">
        <main id="main" class="signin">
          <h1 class="signin__title">Sign in to {model.siteName}</h1>
          {model.error && (
            <div class="alert alert--error" role="alert" id={errorId}>
              <p>{model.error.message}</p>
            </div>
          )}
          <form class="signin__form" method="post" action={model.action}>
            <input type="hidden" name={model.csrf.name} value={model.csrf.value} />
            {model.next && <input type="hidden" name="next" value={model.next} />}
            <div class="field">
              <label for="signin-email">Email</label>
              <input
                id="signin-email"
                name="email"
                type="email"
                value={model.email}
                autocomplete="username"
                autocapitalize="none"
                spellcheck={false}
                required
                aria-describedby={errorId}
                aria-invalid={invalid}
              />
            </div>
            <div class="field">
              <label for="signin-password">Password</label>
              <input
                id="signin-password"
                name="password"
                type="password"
                autocomplete="current-password"
                required
                aria-describedby={errorId}
                aria-invalid={invalid}
              />
            </div>
            <button class="button" type="submit">
              Sign in
            </button>
          </form>
        </main>
      </body>
    </html>
  );
}
