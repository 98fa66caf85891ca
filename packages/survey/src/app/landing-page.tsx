import { useLocale } from "../i18n/locale-context.js";
import { useDocumentTitle } from "./use-document-title.js";

/** "/": what Afrapport is, for someone who arrives without a link, and the way in for the secretariat. */
export function LandingPage() {
  const { t } = useLocale();
  useDocumentTitle(t.appTagline);
  return (
    <div className="af-page af-landing">
      <h1>{t.landingTitle}</h1>
      <p className="af-lead">{t.landingIntro}</p>
      <div className="af-cards">
        <section className="af-card" aria-labelledby="landing-respondent">
          <h2 id="landing-respondent">{t.landingRespondentHeading}</h2>
          <p>{t.landingRespondentText}</p>
        </section>
        <section className="af-card" aria-labelledby="landing-secretariat">
          <h2 id="landing-secretariat">{t.landingSecretariatHeading}</h2>
          <p>{t.landingSecretariatText}</p>
          <p>
            <a className="af-button af-button--primary" href="/sekretariat">
              {t.landingSecretariatLink}
            </a>
          </p>
        </section>
        <section className="af-card" aria-labelledby="landing-privacy">
          <h2 id="landing-privacy">{t.landingPrivacyHeading}</h2>
          <p>{t.landingPrivacyText}</p>
        </section>
      </div>
    </div>
  );
}
