// Generated from docs/openapi.json by `npm run docs:openapi` (tools/openapi/portal-client.cjs): do not edit.

export interface paths {
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your applications (operators: all, by programme and status), newest first
         * @description Roles: applicant, operator.
         */
        get: operations["ApplicationsController_list"];
        put?: never;
        /**
         * Start a draft application
         * @description Only the programme, the organisation name and its SIREN are needed; the rest may come later. One active application per account, programme and SIREN.
         *
         *     Roles: applicant.
         */
        post: operations["ApplicationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application, with its status history and eligibility reasons
         * @description Roles: applicant, operator.
         */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft
         * @description A JSON merge patch (application/merge-patch+json or application/json). `programmeId` and `organisation.siren` cannot change. `If-Match` with the ETag is required.
         *
         *     Roles: applicant.
         */
        patch: operations["ApplicationsController_update"];
        trace?: never;
    };
    "/v1/applications/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grant or withdraw consent to be shown to investors
         * @description The owner answers the consent notice (`noticeVersion`: the version shown). Withdrawing (`shareWithInvestors: false`) is accepted in every status; granting is refused once the application is final. Each answer is kept in the history. `If-Match` with the ETag is required.
         *
         *     Roles: applicant.
         */
        put: operations["ApplicationsController_changeConsents"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the committee’s decision (operators), from eligible or in discussion
         * @description A funded decision is paid by the programme (`fundedBy: programme`, the default) up to the amount requested (`amountCents`, default: the amount requested): the gateway first holds that amount on the programme’s budget, then records the decision, which spends the hold. `fundedBy: investor` names the accepted introduction it comes from (`matchId`; another is `422` `decision.investor-funding-unavailable`) and spends no budget. A funded decision makes the agreement of the instrument (`GET /v1/applications/{id}/documents`). A declined decision spends nothing.
         *
         *     Roles: operator.
         */
        post: operations["ApplicationsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application’s documents: its deal’s agreements and what operators generated for it
         * @description The oldest first: the confidentiality agreement of each introduction, the agreement of a funded decision, each in French (`binding`) and, when a party chose English, its translation. The owning applicant reads them all; an introduced investor reads those that bind them; operators read every one. Anyone else gets `404`.
         *
         *     Any signed-in account.
         */
        get: operations["DocumentsController_ofApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The investors interested in your application
         * @description Each with their organisation, kind, the amount they mean to put in and their message, the latest first; once you accepted one, `introduction` gives their contact and SIREN (operators see it too), and a declined one shows your `decline`. Investors who were only proposed it, or who passed, are not listed.
         *
         *     Roles: applicant, operator.
         */
        get: operations["ApplicationMatchesController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/matches/{matchId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an interested investor and meet them
         * @description You give a contact; the investor gets it with your organisation’s SIREN, and you get theirs in the answer. Your application moves to `in-discussion` moments later (its history says with whom); you may still accept others. Only an `interested` match can be accepted, and only while your application and the investor still qualify (`409` otherwise).
         *
         *     Roles: applicant.
         */
        post: operations["ApplicationMatchesController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/matches/{matchId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an interested investor
         * @description The investor sees that you declined, and your reason if you give one; nobody’s contact is shared.
         *
         *     Roles: applicant.
         */
        post: operations["ApplicationMatchesController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/matching-insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How your application stands against the investors’ theses
         * @description How many approved, active theses it passes every gate of, and for each gate how many theses it alone refuses, the most first. A count of 1 or 2 is `null`, so that no investor can be identified; a draft without its instrument, amount, region or legal form gets nulls and no gates.
         *
         *     Roles: applicant, operator.
         */
        get: operations["ApplicationMatchesController_insights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a complete draft
         * @description The time the gateway accepted the request counts against the programme’s deadline. The application is screened at once: eligible, or ineligible with every failed rule.
         *
         *     Roles: applicant.
         */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application (from draft, submitted, eligible or in discussion)
         * @description Roles: applicant.
         */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a session
         * @description A failed log-in says the same whether or not the e-mail has an account. With `X-Pollen-Session: cookie` (browsers: docs/api.md, "Browser sessions"), the refresh token is set in the `pollen_refresh` cookie and left out of the body.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of a refresh token
         * @description A browser in the cookie mode sends no body: its `pollen_refresh` cookie names the session, and the answer deletes it.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for new tokens
         * @description Each refresh token works once. A browser in the cookie mode sends no body: its `pollen_refresh` cookie stands in for `refreshToken`, and the new one replaces it.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an applicant or investor account
         * @description Operators are never self-registered.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deal-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your matched projects, best score first, then the most recent (approved investors)
         * @description Each item: the project without its SIREN or anyone’s contact, the score and its explanation in French and English; once the applicant accepts your interest, `introduction` gives their contact and the SIREN. `status` filters; pages of `limit` (1–100, default 20), `nextCursor` gives the next.
         *
         *     Roles: investor.
         */
        get: operations["DealFlowController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deal-flow/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say you are interested in a proposed project, with a word to the applicant
         * @description Roles: investor.
         */
        post: operations["DealFlowController_interest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deal-flow/{id}/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass on a proposed or interesting project, with a reason
         * @description Roles: investor.
         */
        post: operations["DealFlowController_pass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a document from a published template (operators)
         * @description The variables are checked against the version’s schema (every invalid field in one `422`); the document is rendered in HTML, PDF and DOCX, each file with its SHA-256. The same inputs give the same bytes.
         *
         *     Roles: operator.
         */
        post: operations["DocumentsController_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document: its template, language, parties and files with their hashes (its parties and operators)
         * @description Any signed-in account.
         */
        get: operations["DocumentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document’s file: `format=pdf`, `docx`, `html`, or `signed-pdf` once signed (its parties and operators)
         * @description `Content-Disposition` names the file; `ETag` is its SHA-256. The French PDF of an agreement is the one signed.
         *
         *     Any signed-in account.
         */
        get: operations["DocumentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an agreement you are a party to: a simple electronic signature of its French PDF
         * @description Give your full name, your capacity in the organisation you bind (« Présidente », « Gérant »), your consent (which also attests your power to bind it), the SHA-256 of the French PDF you read (its `ETag`) and your password again: a wrong password is `401`, counted with log-ins. Another hash is `412 document.hash-mismatch`; your party signing again `409 document.already-signed`; a translation `409 document.not-signable`; anyone not a party `404`. Once every party has signed, the document is `signed` and `GET …/content?format=signed-pdf` gives the PDF with its certificate page. The signature records your address and browser.
         *
         *     Any signed-in account.
         */
        post: operations["DocumentsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/erasures/{erasureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far the erasure of your account has gone, with its receipt
         * @description Send the `receiptToken` the erasure answered with, as `Authorization: Receipt <receiptToken>`: without it, or garbled, `401`; with another erasure’s, `404`. Each service says when it has erased what it held and what the law makes it keep, why and until when. In the first moments after the erasure was asked, before the operations service has read the request, it is `404` too: ask again a second later.
         *
         *     The holder of the erasure’s receipt: `Authorization: Receipt <receiptToken>`.
         */
        get: operations["ErasuresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/investors/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your investor profile, thesis and vetting status
         * @description Before matching has seen your registration: an empty `pending` profile at version 0 (`ETag: "0"`).
         *
         *     Roles: investor.
         */
        get: operations["InvestorsController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Fill in or edit your profile and thesis
         * @description A JSON merge patch (application/merge-patch+json or application/json); the result must be a whole, valid profile, and every invalid field is listed in one 400. `If-Match` with the ETag is required; `"0"` (the empty profile) creates it.
         *
         *     Roles: investor.
         */
        patch: operations["InvestorsController_update"];
        trace?: never;
    };
    "/v1/legal-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Template versions, once per language, the newest first
         * @description Published versions; operators also see drafts and alone may filter by `status` (`403` for others). Filters `instrument` and `locale`; pages of `limit` (1–100, default 20).
         *
         *     Any signed-in account.
         */
        get: operations["LegalTemplatesController_list"];
        put?: never;
        /**
         * Start a template: a new key with its first draft version (operators)
         * @description Bodies are Liquid outputting the restricted HTML of docs/legal-templates.md; checked at publishing. The request may hold up to 512 kB (two bodies of 200 kB), above the API’s 100 kB.
         *
         *     Roles: operator.
         */
        post: operations["LegalTemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A template’s versions, the newest first, with their bodies and variable schema
         * @description Any signed-in account.
         */
        get: operations["LegalTemplatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-templates/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a draft version, newer than the template’s latest (operators)
         * @description The request may hold up to 512 kB (two bodies of 200 kB), above the API’s 100 kB.
         *
         *     Roles: operator.
         */
        post: operations["LegalTemplatesController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-templates/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft version (operators)
         * @description A JSON merge patch of its title, description, instruments, schema and bodies, validated whole; a published version never changes (`409`).
         *
         *     Roles: operator.
         */
        patch: operations["LegalTemplatesController_update"];
        trace?: never;
    };
    "/v1/legal-templates/{key}/versions/{version}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a version with your variables, as HTML
         * @description The variables are checked against the version’s schema (every invalid field in one `422`); rendering runs within its limits (2 s, 2 MB). Operators preview drafts too.
         *
         *     Any signed-in account.
         */
        post: operations["LegalTemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-templates/{key}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft version in both languages (operators)
         * @description Refused with `422` when a body uses markup outside the subset, is over 200 kB or is not valid Liquid, when the schema does not compile, or when the two languages read different variables or ones the schema does not declare.
         *
         *     Roles: operator.
         */
        post: operations["LegalTemplatesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account
         * @description Any signed-in account.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your name or your language
         * @description Only the fields given change; an empty body, or the values you already have, change nothing. A new language is what Pollen writes to you in from then on.
         *
         *     Any signed-in account.
         */
        patch: operations["AuthController_update"];
        trace?: never;
    };
    "/v1/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase your account and everything Pollen holds about you
         * @description Give your password again: a wrong one is `401`, counted with log-ins. Your tokens stop working at once and your sessions end; the account is erased, and every service erases or anonymises what it holds about you, keeping only what the law makes it keep (each says what, why and until when). The answer’s `receiptToken` is shown this once: with `Authorization: Receipt <receiptToken>`, `GET /v1/erasures/{erasureId}` shows the progress. It is not kept for a retry: a retry after a lost answer is `401` (`account.gone`), the account being erased already.
         *
         *     Any signed-in account.
         */
        post: operations["PersonalDataController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export everything Pollen holds about you
         * @description Every service is asked for what it holds about you; poll `GET /v1/me/exports/{exportId}` (the `Location`) until it is `ready` (usually seconds) or `failed` (a service did not answer: ask again later). An export is kept 7 days.
         *
         *     Any signed-in account.
         */
        post: operations["PersonalDataController_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your exports: pending, ready with its archive, or failed
         * @description Only yours, for 7 days: anyone else’s, or an expired one, is `404`.
         *
         *     Any signed-in account.
         */
        get: operations["PersonalDataController_exportOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notification preferences: per category and channel, and how deal-flow alerts come
         * @description Every category is there, with its defaults until you change them; `updatedAt` is null until then. A `critical` category (`decision`, `introduction`, `document`, `security`) goes out on every channel whatever its choices say.
         *
         *     Any signed-in account.
         */
        get: operations["NotificationPreferencesController_get"];
        /**
         * Replace your notification preferences
         * @description The whole set: a category left out takes every channel again; each category given says `true` or `false` for each of `e-mail`, `in-app` and `webhook`. `dealFlowAlerts`: new matches by e-mail each at once (`immediate`) or in one digest a day (`daily`, at `digestTime`, Paris time). Choices for a critical category (`decision`, `introduction`, `document`, `security`) are kept but do not hold: it goes out on every channel.
         *
         *     Any signed-in account.
         */
        put: operations["NotificationPreferencesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your in-app notifications, newest first, in your language (Accept-Language)
         * @description `unread=true` keeps the unread ones; pages of `limit` (1–100, default 50), `nextCursor` gives the next. `unreadCount` counts the unread ones of the whole inbox, whatever the page or filter: a badge needs no second call. `delivery` says where the same notice stands by e-mail and webhook.
         *
         *     Any signed-in account.
         */
        get: operations["InboxController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark every notification of your inbox read
         * @description Any signed-in account.
         */
        post: operations["InboxController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of your notifications read
         * @description Marking it again changes nothing. Another person’s notification is `404`, as one that never was.
         *
         *     Any signed-in account.
         */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application’s timeline (operators)
         * @description Every event about the application from every service — its own, its budget hold’s, its matches’, its documents’ and its notifications’ deliveries — oldest first, with the service that emitted it, correlation, cause and trace ids and where it is on Kafka; never the events’ data. `nextCursor` gives the next page.
         *
         *     Roles: operator.
         */
        get: operations["OpsTimelineController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dead letters (operators)
         * @description Newest first; filter by original topic, envelope type and state; `nextCursor` gives the next page.
         *
         *     Roles: operator.
         */
        get: operations["OpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/dead-letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dead letter, with its original message and replays (operators)
         * @description Roles: operator.
         */
        get: operations["OpsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay an event dead letter (operators)
         * @description The service that dead-lettered the event runs it again, with the same envelope id; the outcome (`applied`, `duplicate`, `superseded` or `failed`) is recorded on the dead letter a moment later. Request dead letters are never replayed.
         *
         *     Roles: operator.
         */
        post: operations["OpsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List erasures (operators)
         * @description Newest first, optionally by status; `nextCursor` gives the next page. Ids and counts, never the person.
         *
         *     Roles: operator.
         */
        get: operations["ErasuresController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investors by vetting status, oldest first (operators)
         * @description `status`: pending, approved, rejected or suspended; pages of `limit` (1–100, default 20), `nextCursor` gives the next.
         *
         *     Roles: operator.
         */
        get: operations["InvestorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One investor, with their profile and thesis (operators)
         * @description Roles: operator.
         */
        get: operations["InvestorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending investor (operators)
         * @description Roles: operator.
         */
        post: operations["InvestorsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstate a suspended investor (operators)
         * @description Roles: operator.
         */
        post: operations["InvestorsController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending investor, with a reason (operators)
         * @description Roles: operator.
         */
        post: operations["InvestorsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/investors/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an approved investor, with a reason (operators)
         * @description Roles: operator.
         */
        post: operations["InvestorsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/matching/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matching’s figures: matches by status, passes by reason, time to an investor’s first answer
         * @description Over every match, and per programme; the median counts the matches an investor has answered.
         *
         *     Roles: operator.
         */
        get: operations["MatchingOpsController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/notifications/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notifications not delivered: still retried or given up (operators)
         * @description The last failure first; filter `status` (`failed`: retried later, `dead`: no more attempts); `nextCursor` gives the next page. Neither addresses nor texts: who, what kind, and what went wrong.
         *
         *     Roles: operator.
         */
        get: operations["NotificationsOpsController_failures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The platform’s status (operators)
         * @description Each service’s instances from their heartbeats (version, uptime, readiness, failing checks, outbox backlog; `silent` after three missed heartbeats), every consumer group’s lag per topic from Kafka, and the dead letters by state.
         *
         *     Roles: operator.
         */
        get: operations["OpsStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse programmes
         * @description Open ones by default, soonest deadline first. Operators see each one as on its own: with its budget (`committedCents`, `heldCents`, `remainingCents`) and `deadlineReview`.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        get: operations["ProgrammesController_list"];
        put?: never;
        /**
         * Create a programme (operators)
         * @description Deadlines are instants with their offset, or days in Paris time: a bare date (`2026-06-30`) is 00:00 that day for `opensAt` and 23:59:59.999 for `closesAt`; a date-time without an offset is refused (`offsetRequired`). `closesAt` must be after `opensAt`, and `eligibility.maxAmountCents` not below `minAmountCents`.
         *
         *     Roles: operator.
         */
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One programme, with its eligibility rules
         * @description Operators also see its budget: `committedCents`, `heldCents` and `remainingCents`, and `deadlineReview: true` while a deadline stored at 00:00 UTC awaits their review.
         *
         *     Public: no token needed (a valid one identifies the caller).
         */
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a programme (operators)
         * @description A JSON merge patch (application/merge-patch+json or application/json); `null` removes an optional field. No `If-Match`: two patches both apply, one after the other. Deadlines read as on creation; naming `opensAt` or `closesAt`, even with its current value, confirms that deadline: `deadlineReview` goes once every deadline under review is confirmed or corrected. The result must still have `closesAt` after `opensAt`, and `eligibility.maxAmountCents` not below `minAmountCents`.
         *
         *     Roles: operator.
         */
        patch: operations["ProgrammesController_update"];
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your webhook endpoints, the oldest first, without their secrets
         * @description `status` is `disabled` once an endpoint failed every call for a day; `failingSince` says since when calls fail, while it is still `active`.
         *
         *     Roles: investor, operator.
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Register an endpoint for the events you choose; its secret is shown this once
         * @description Pollen POSTs each event you subscribe to, as JSON, to your URL, signed as [Standard Webhooks](https://www.standardwebhooks.com) says:
         *
         *     - `webhook-id`: the call’s id, the same on every attempt of one event to one endpoint: skip one you already handled.
         *     - `webhook-timestamp`: when this attempt was signed, in seconds since 1970-01-01 UTC: refuse one far from your clock (more than 5 minutes, say).
         *     - `webhook-signature`: `v1,` then the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the bytes of your secret’s base64 after `whsec_`. For 24 hours after a rotation the secret before signs too: several signatures, separated by spaces; accept the call when one matches (compared in constant time).
         *
         *     The body is `{type, timestamp, data}`: `type` says which event, `timestamp` when it happened (ISO 8601), `data` what it is about (never anyone’s contact details). The events:
         *
         *     - `deal-flow.match-proposed`: A project fits the investor’s thesis: a new match in their deal-flow.
         *     - `deal-flow.introduced`: The applicant accepted the investor’s interest: the two are introduced.
         *     - `document.ready-to-sign`: A binding document of the deal was generated and awaits its parties’ signatures.
         *     - `document.signed`: Every party signed the document; the signed PDF is available.
         *
         *     Answer with any `2xx` within 10 s. Anything else (a redirect is not followed) is a failure, tried again later: 8 attempts over about a day, then the call is `dead`. `GET /v1/webhooks/{id}/deliveries` shows each call and its last error. An endpoint that failed every call for a day is `disabled`, and you get a notification of category `security` (on every channel): nothing more is sent to it; delete it and register it again once it answers.
         *
         *     The URL is `https://` (plain `http://` in development only), without a user name or password. A host that resolves to a private, loopback or other non-public address is refused (`webhook.url-refused`); the address is checked again at each call.
         *
         *     Roles: investor, operator.
         */
        post: operations["WebhooksController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of your endpoints: nothing more is sent to it
         * @description Roles: investor, operator.
         */
        delete: operations["WebhooksController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calls of one of your endpoints, the newest first, and how each went
         * @description `status`: `pending` before its first attempt, `sent` once answered `2xx`, `failed` while it is tried again (`nextAttemptAt`), `dead` when no attempt is left. `lastError` says what went wrong last. Pages of `limit` (1–100, default 20); `nextCursor` gives the next.
         *
         *     Roles: investor, operator.
         */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give one of your endpoints a new secret, shown this once
         * @description Calls are signed with both secrets for the next 24 hours (`previousSecretExpiresAt`): deploy the new one to your receiver meanwhile, then only it signs.
         *
         *     Roles: investor, operator.
         */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptIntroductionDto: {
            /** @description Given to this investor only, with the organisation's SIREN; they give theirs in return. */
            contact: components["schemas"]["ContactDto"];
        };
        /** @description The account changed meanwhile; try again. */
        AccountChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "account.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description An account with this e-mail already exists. */
        AccountEmailTakenProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "account.email-taken";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description This account no longer exists. */
        AccountGoneProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unauthenticated";
            /** @enum {string} */
            title: "Authentication required";
            /** @enum {integer} */
            status: 401;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "account.gone";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        AccountView: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "applicant" | "investor" | "operator";
            displayName: string;
            /** @enum {string} */
            locale: "en" | "fr";
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Investors: where operators' vetting stands (`pending` until the gateway hears otherwise). Others: null.
             * @enum {string|null}
             */
            vettingStatus: "pending" | "approved" | "rejected" | "suspended" | null;
        };
        AmountAboveMaximumReason: {
            /** @enum {string} */
            rule: "amount-range";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "amount-above-maximum";
            /** @description What the programme expects. */
            expected: {
                minAmountCents: number | null;
                maxAmountCents: number | null;
            };
            /** @description What the application has. */
            actual: number;
            message: components["schemas"]["LocalisedText"];
        };
        AmountBelowMinimumReason: {
            /** @enum {string} */
            rule: "amount-range";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "amount-below-minimum";
            /** @description What the programme expects. */
            expected: {
                minAmountCents: number | null;
                maxAmountCents: number | null;
            };
            /** @description What the application has. */
            actual: number;
            message: components["schemas"]["LocalisedText"];
        };
        /** @description The application changed meanwhile; read it again. */
        ApplicationChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The application has reached a final status: consent to show it to investors can only be withdrawn. */
        ApplicationConsentNotGrantableProblem: {
            /**
             * @description The status the application has.
             * @enum {string}
             */
            currentStatus: "draft" | "submitted" | "eligible" | "ineligible" | "in-discussion" | "funded" | "declined" | "withdrawn";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "grant-consent";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.consent-not-grantable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A JSON merge patch (RFC 7396): any subset of the fields. `null` removes an optional field, an object is merged, anything else (arrays too) replaces. The result is validated as a whole, as if it were new. */
        ApplicationDraftPatch: {
            /** @description The programme (call for applications) applied to. */
            programmeId?: string;
            organisation?: {
                /** @description The organisation's name as registered. */
                name?: string;
                /** @description 9-digit company number with its Luhn check digit. */
                siren?: string;
                /**
                 * @description Legal form code: association, scop, scic, sas, sarl, sa, foundation, mutual, other.
                 * @enum {string|null}
                 */
                legalForm?: "association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other" | null;
                /**
                 * @description ISO 3166-2:FR region code (FR-IDF, FR-ARA, … FR-976).
                 * @enum {string|null}
                 */
                region?: "FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976" | null;
                /** @description A commercial company whose statutes follow the ESS law. */
                essCompany?: boolean | null;
                esus?: {
                    /** @description Whether the organisation holds the ESUS agrément. */
                    certified?: boolean;
                    /** @description Last day the agrément is valid (YYYY-MM-DD). */
                    expiresOn?: (string) | null;
                } | null;
            };
            project?: {
                title?: string | null;
                /** @description What the project does, shown to investors and kept with the application's events: it describes the project, not people (no names, e-mails or phones; contacts go in the introduction). */
                summary?: string | null;
                /** @description Impact area codes: inclusion, disability, civic-engagement, food-waste, environment, … */
                impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[] | null;
                /** @description France Active's engagement dimensions the project works on: job-creation, ecology, … */
                engagementDimensions?: ("job-creation" | "territorial-development" | "ecology" | "social-link" | "democratic-governance")[] | null;
                /** @description UN Sustainable Development Goals the project serves, 1 to 17. */
                sdgs?: number[] | null;
                /**
                 * @description idea, seed, growth or scale.
                 * @enum {string|null}
                 */
                stage?: "idea" | "seed" | "growth" | "scale" | null;
                /** @description People the project serves. */
                beneficiaries?: number | null;
                /** @description Total cost of the project, in euro cents. */
                totalCostCents?: number | null;
            } | null;
            request?: {
                /** @description Amount requested, in euro cents. */
                amountCents?: number | null;
                /**
                 * @description grant, honour-loan, loan, equity, quasi-equity, guarantee or support.
                 * @enum {string|null}
                 */
                instrument?: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support" | null;
                /** @description What the money pays for, as the agreements state it: like the summary, it names no person. */
                purpose?: string | null;
                durationMonths?: number | null;
            } | null;
            /** @description Consent to be shown to investors; absent: not given. */
            consents?: {
                /** @description Whether the application may be shown to vetted investors while it is eligible. */
                shareWithInvestors?: boolean;
                /**
                 * @description The version of the notice the applicant was shown (GET it from the catalogue: 2026-12-01).
                 * @enum {string}
                 */
                noticeVersion?: "2026-12-01";
            } | null;
        };
        /** @description You already have an active application to this programme for this SIREN. */
        ApplicationDuplicateActiveProblem: {
            /**
             * Format: uuid
             * @description The active application.
             */
            existingApplicationId?: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.duplicate-active";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The application is incomplete. */
        ApplicationIncompleteProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.incomplete";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
            /** @description Every field at fault. */
            errors: components["schemas"]["FieldError"][];
        };
        ApplicationMatchInterestView: {
            /** @description In euro cents, when they said. */
            amountCents?: number;
            message: string;
            at: string;
        };
        ApplicationMatchInvestorView: {
            /** @description The investor's organisation. */
            organisationName: string;
            /** @enum {string} */
            kind: "bank" | "business-angel" | "corporate-partner" | "foundation" | "impact-fund" | "public-funder";
        };
        ApplicationMatchView: {
            matchId: string;
            /** @enum {string} */
            status: "declined" | "interested" | "introduced" | "passed" | "proposed" | "retracted";
            investor: components["schemas"]["ApplicationMatchInvestorView"];
            /** @description What the investor said when interested. */
            interest?: components["schemas"]["ApplicationMatchInterestView"];
            /** @description Once accepted: the investor's contact, and their SIREN when their profile gives one. */
            introduction?: components["schemas"]["MatchIntroductionView"];
            decline?: components["schemas"]["MatchDeclineView"];
            updatedAt: string;
        };
        ApplicationMatchesView: {
            items: components["schemas"]["ApplicationMatchView"][];
        };
        /** @description A decision needs an eligible application, or one in discussion. */
        ApplicationNotDecidableProblem: {
            /**
             * @description The status the application has.
             * @enum {string}
             */
            currentStatus: "draft" | "submitted" | "eligible" | "ineligible" | "in-discussion" | "funded" | "declined" | "withdrawn";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "decide";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.not-decidable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Only a draft can be edited or submitted. */
        ApplicationNotDraftProblem: {
            /**
             * @description The status the application has.
             * @enum {string}
             */
            currentStatus: "draft" | "submitted" | "eligible" | "ineligible" | "in-discussion" | "funded" | "declined" | "withdrawn";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "edit" | "submit";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.not-draft";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description No such application, or not one you may see. */
        ApplicationNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The application has reached a final status and cannot be withdrawn. */
        ApplicationNotWithdrawableProblem: {
            /**
             * @description The status the application has.
             * @enum {string}
             */
            currentStatus: "draft" | "submitted" | "eligible" | "ineligible" | "in-discussion" | "funded" | "declined" | "withdrawn";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "withdraw";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.not-withdrawable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ApplicationPageView: {
            items: components["schemas"]["ApplicationView"][];
            nextCursor: string | null;
        };
        /** @description The application changed since you read it; read it again. */
        ApplicationVersionMismatchProblem: {
            /** @description The version the application has now; absent when `If-Match` held no entity tag. */
            currentVersion?: number;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/precondition-failed";
            /** @enum {string} */
            title: "Precondition failed";
            /** @enum {integer} */
            status: 412;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "application.version-mismatch";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ApplicationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            ownerId: string;
            /** @enum {string} */
            status: "declined" | "draft" | "eligible" | "funded" | "in-discussion" | "ineligible" | "submitted" | "withdrawn";
            organisation: components["schemas"]["OrganisationDto"];
            project: components["schemas"]["ProjectDto"];
            request: components["schemas"]["FundingRequestDto"];
            /** @description Whether the owner agreed to show it to investors; only eligible applications with consent ever are. */
            consents: components["schemas"]["ConsentsView"];
            /** @description The version, also sent as the ETag (`"3"`) for `If-Match`. */
            version: number;
            history: components["schemas"]["StatusChangeView"][];
            /**
             * Format: date-time
             * @description When the gateway accepted the submission.
             */
            submittedAt?: string;
            screening?: components["schemas"]["ScreeningView"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description E-mail or password is incorrect. */
        AuthInvalidCredentialsProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unauthenticated";
            /** @enum {string} */
            title: "Authentication required";
            /** @enum {integer} */
            status: 401;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "auth.invalid-credentials";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Only operators may do this. */
        AuthOperatorsOnlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/forbidden";
            /** @enum {string} */
            title: "Not allowed";
            /** @enum {integer} */
            status: 403;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "auth.operators-only";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A browser session is used only from the portal: this request’s Origin is not one it allows. */
        AuthOriginNotAllowedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/forbidden";
            /** @enum {string} */
            title: "Not allowed";
            /** @enum {integer} */
            status: 403;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "auth.origin-not-allowed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Your role does not allow this. */
        AuthRoleRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/forbidden";
            /** @enum {string} */
            title: "Not allowed";
            /** @enum {integer} */
            status: 403;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "auth.role-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description This session has ended; sign in again. */
        AuthSessionEndedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unauthenticated";
            /** @enum {string} */
            title: "Authentication required";
            /** @enum {integer} */
            status: 401;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "auth.session-ended";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A valid access token is required. */
        AuthTokenRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unauthenticated";
            /** @enum {string} */
            title: "Authentication required";
            /** @enum {integer} */
            status: 401;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "auth.token-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        CategoryChoicesDto: {
            application?: components["schemas"]["ChannelChoicesDto"];
            decision?: components["schemas"]["ChannelChoicesDto"];
            matching?: components["schemas"]["ChannelChoicesDto"];
            introduction?: components["schemas"]["ChannelChoicesDto"];
            document?: components["schemas"]["ChannelChoicesDto"];
            account?: components["schemas"]["ChannelChoicesDto"];
            security?: components["schemas"]["ChannelChoicesDto"];
        };
        CategoryPreferenceView: {
            critical: boolean;
            "e-mail": boolean;
            "in-app": boolean;
            webhook: boolean;
        };
        ChannelChoicesDto: {
            "e-mail": boolean;
            "in-app": boolean;
            webhook: boolean;
        };
        ConsentsDto: {
            /** @description Whether the application may be shown to vetted investors while it is eligible. */
            shareWithInvestors: boolean;
            /**
             * @description The version of the notice the applicant was shown (GET it from the catalogue: 2026-12-01).
             * @enum {string}
             */
            noticeVersion: "2026-12-01";
        };
        ConsentsView: {
            shareWithInvestors: boolean;
            /**
             * @description The notice version the last answer was given to.
             * @enum {string}
             */
            noticeVersion?: "2026-12-01";
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            at?: string;
            /**
             * Format: uuid
             * @description The account that recorded it.
             */
            by?: string;
        };
        ConsumerLagView: {
            group: string;
            topic: string;
            lag: number;
        };
        ContactDto: {
            name: string;
            /** Format: email */
            email: string;
            /** @description International or French format: digits, spaces, dots, dashes, an optional leading +. */
            phone?: string;
        };
        CreateApplicationDraftDto: {
            /** @description The programme (call for applications) applied to. */
            programmeId: string;
            organisation: components["schemas"]["OrganisationDto"];
            project?: components["schemas"]["ProjectDto"];
            request?: components["schemas"]["FundingRequestDto"];
            /** @description Consent to be shown to investors; absent: not given. */
            consents?: components["schemas"]["ConsentsDto"];
        };
        CreateLegalTemplateDto: {
            title: components["schemas"]["TemplateTitleDto"];
            description: components["schemas"]["TemplateDescriptionDto"];
            /** @description The instruments whose deals it serves: grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
            instruments: ("grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support")[];
            /** @description A JSON Schema (draft-07) of an object: its properties are the variables the bodies read. */
            schema: Record<string, never>;
            bodies: components["schemas"]["TemplateBodiesDto"];
            version: string;
            /** @description Lowercase words joined by dashes: `convention-de-subvention`. */
            key: string;
        };
        CreateProgrammeDto: {
            title: string;
            description: string;
            /** @description The organisation running the call (a region, a foundation, a fund…). */
            operatorName: string;
            /** @description The operator's SIREN, named in the agreements the programme's funding makes. */
            operatorSiren?: string;
            /** @description The operator's legal form, as an agreement writes it: « collectivité territoriale », « fondation reconnue d’utilité publique ». */
            operatorLegalForm?: string;
            /**
             * @description The instrument this programme gives: grant, honour-loan, loan, equity, quasi-equity, guarantee, support.
             * @enum {string}
             */
            kind: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
            /**
             * @description When applications may be submitted from: a date-time with its offset, or a date (YYYY-MM-DD),
             *     read as 00:00 Paris time that day. Stored and answered as an instant.
             */
            opensAt: string;
            /**
             * @description The deadline: a submission accepted at or after it is refused. A date-time with its offset, or a
             *     date (YYYY-MM-DD), read as 23:59:59.999 Paris time that day. Stored and answered as an instant.
             */
            closesAt: string;
            /** @description The whole envelope, in euro cents. */
            budgetCents: number;
            /** @description The largest share (0..1) of a project's total cost the programme pays (co-financing). */
            maxShareOfCost?: number;
            /**
             * @description How the agreements of the programme's funding pay the amount, in instalments whose shares add
             *     up to 100; absent: all of it at signature.
             */
            tranches?: components["schemas"]["ProgrammeTrancheDto"][];
            eligibility: components["schemas"]["EligibilityRulesDto"];
        };
        CreateTemplateVersionDto: {
            title: components["schemas"]["TemplateTitleDto"];
            description: components["schemas"]["TemplateDescriptionDto"];
            /** @description The instruments whose deals it serves: grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
            instruments: ("grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support")[];
            /** @description A JSON Schema (draft-07) of an object: its properties are the variables the bodies read. */
            schema: Record<string, never>;
            bodies: components["schemas"]["TemplateBodiesDto"];
            version: string;
        };
        /** @description The dead letter changed meanwhile; read it again. */
        DeadLetterChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "dead-letter.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DeadLetterCountsView: {
            open: number;
            replaying: number;
            replayFailed: number;
        };
        /** @description No such dead letter. */
        DeadLetterNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "dead-letter.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Only event dead letters can be replayed: a request’s caller was answered long ago, and an erased message is gone. */
        DeadLetterNotReplayableProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "dead-letter.not-replayable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DeadLetterPageView: {
            items: components["schemas"]["DeadLetterView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        DeadLetterReplayView: {
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            outcome?: "applied" | "duplicate" | "failed" | "superseded";
            error?: string;
            completedAt?: string;
        };
        DeadLetterView: {
            /** @description `<dead-letter topic>:<partition>:<offset>`. */
            id: string;
            /** @description The topic the message was read from, and where. */
            topic: string;
            partition: number;
            offset: string;
            /** @description The service (consumer group) that dead-lettered it. */
            consumer: string;
            /** @enum {string} */
            kind: "event" | "outbox" | "request";
            /** @description The envelope's type, when the value was an envelope. */
            type: string | null;
            key: string | null;
            headers: {
                [key: string]: string;
            };
            /** @description The original value, as text. */
            value: string;
            reason: string;
            error: string;
            attempts: number;
            firstFailedAt: string;
            lastFailedAt: string;
            /** @enum {string} */
            state: "expired" | "open" | "replay-failed" | "replayed" | "replaying";
            replays: components["schemas"]["DeadLetterReplayView"][];
        };
        DealFlowInterestView: {
            /** @description In euro cents, when they said. */
            amountCents?: number;
            message: string;
            at: string;
        };
        DealFlowIntroductionView: {
            /** @description The application whose documents (the confidentiality agreement, later the contract) the investor reads and signs. */
            applicationId: string;
            at: string;
            /** @description The other side's organisation's SIREN (an investor's, when their profile gives one). */
            siren?: string;
            contact: components["schemas"]["ContactDto"];
        };
        DealFlowItemView: {
            matchId: string;
            /** @enum {string} */
            status: "declined" | "interested" | "introduced" | "passed" | "proposed" | "retracted";
            /** @description 0–100, as it was when proposed. */
            score: number;
            /** @description One line per gate and criterion, in French and English, as it was when proposed. */
            explanation: components["schemas"]["MatchExplanationLineDto"][];
            project: components["schemas"]["DealFlowProjectView"];
            interest?: components["schemas"]["DealFlowInterestView"];
            pass?: components["schemas"]["DealFlowPassView"];
            /** @description Once the applicant accepted: their contact, the organisation's SIREN and the application. */
            introduction?: components["schemas"]["DealFlowIntroductionView"];
            decline?: components["schemas"]["MatchDeclineView"];
            retraction?: components["schemas"]["DealFlowRetractionView"];
            /** @description Moves with every change (by one per event it writes: an introduction writes two): the ETag. */
            version: number;
            proposedAt: string;
            updatedAt: string;
        };
        DealFlowOrganisationView: {
            name: string;
            /** @enum {string} */
            legalForm: "association" | "foundation" | "mutual" | "other" | "sa" | "sarl" | "sas" | "scic" | "scop";
            /** @enum {string} */
            region: "FR-20R" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976" | "FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NAQ" | "FR-NOR" | "FR-OCC" | "FR-PAC" | "FR-PDL";
            /** @description Holds the ESUS agrément (as read when the match was proposed). */
            esus: boolean;
        };
        DealFlowPageView: {
            items: components["schemas"]["DealFlowItemView"][];
            nextCursor: string | null;
        };
        DealFlowPassView: {
            /** @enum {string} */
            reason: "capacity" | "impact" | "other" | "out-of-thesis" | "stage" | "ticket-size";
            comment?: string;
            at: string;
        };
        DealFlowProjectDetailsView: {
            title: string;
            summary?: string;
            impactAreas: ("civic-engagement" | "culture" | "digital-inclusion" | "disability" | "education" | "employment" | "environment" | "food-waste" | "health" | "housing" | "inclusion" | "mobility")[];
            /** @enum {string} */
            stage?: "growth" | "idea" | "scale" | "seed";
        };
        DealFlowProjectView: {
            organisation: components["schemas"]["DealFlowOrganisationView"];
            project: components["schemas"]["DealFlowProjectDetailsView"];
            request: components["schemas"]["DealFlowRequestView"];
        };
        DealFlowRequestView: {
            /** @description In euro cents. */
            amountCents: number;
            /** @enum {string} */
            instrument: "equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support";
        };
        DealFlowRetractionView: {
            /** @enum {string} */
            cause: "application-decided" | "application-withdrawn" | "consent-withdrawn" | "gate-failed" | "investor-inactive" | "investor-rejected" | "investor-suspended";
            /**
             * @description The gate the application now fails, when that is the cause.
             * @enum {string}
             */
            gate?: "esus" | "instrument" | "legal-form" | "region" | "stage" | "ticket-range";
        };
        DealTermsDto: {
            /** @description A loan's yearly interest rate, or the fixed part of titres participatifs' remuneration (default 0). */
            annualRatePercent?: number;
            /** @description Months before a loan's principal is repaid (default 0). */
            graceMonths?: number;
            /** @description The share of the guaranteed loan's loss the guarantee covers (default: up to the amount only). */
            guaranteedSharePercent?: number;
            /** @description BSA AIR: the discount on the next round's price. */
            discountPercent?: number;
            /** @description BSA AIR: the valuation cap, in euro cents. */
            valuationCapCents?: number;
        };
        DecideApplicationDto: {
            /** @enum {string} */
            decision: "funded" | "declined";
            /** @description The committee's written reason. */
            reason: string;
            /** @description What is granted, in euro cents, when funded: at most the amount requested (absent: the amount requested). */
            amountCents?: number;
            /**
             * @description Who pays, when funded: the programme's budget (default), or an investor met through an introduction.
             * @enum {string}
             */
            fundedBy?: "programme" | "investor";
            /** @description The introduction an investor's funding came from (`fundedBy: investor`). */
            matchId?: string;
            /** @description Funded only: the terms the instrument's agreement states (a loan's rate and grace period …). */
            terms?: components["schemas"]["DealTermsDto"];
        };
        /** @description A decision the programme funds needs a hold on its budget for this application, taken in the last 10 minutes. */
        DecisionBudgetHoldRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "decision.budget-hold-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Investor funding names an accepted introduction of this application (`matchId`). */
        DecisionInvestorFundingUnavailableProblem: {
            /** @description The introduction named, which this application has not. */
            matchId: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "decision.investor-funding-unavailable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DeclineMatchDto: {
            /** @description Why not, in a word to the investor (shown to them). */
            reason?: string;
        };
        DeliveryFailurePageView: {
            items: components["schemas"]["DeliveryFailureView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        DeliveryFailureView: {
            notificationId: string;
            /** @enum {string} */
            kind: "application-decided" | "application-screened" | "application-submitted" | "deal-flow-digest" | "document-generated" | "document-signed" | "interest-expressed" | "introduction-made" | "investor-approved" | "investor-reinstated" | "investor-rejected" | "investor-suspended" | "match-proposed" | "webhook-disabled" | "welcome";
            /** @enum {string} */
            channel: "e-mail" | "in-app" | "webhook";
            /** Format: uuid */
            recipientId: string;
            /** Format: uuid */
            applicationId: string | null;
            /** @description Webhook calls: the endpoint called. */
            endpointId: string | null;
            /** @enum {string} */
            status: "dead" | "failed";
            attempts: number;
            /** @description What the last attempt ran into (the relay's answer, or why there was no attempt). */
            lastError: string;
            /** Format: date-time */
            lastAttemptAt: string;
            /**
             * Format: date-time
             * @description When it is tried again; null once it is dead.
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Your party has already signed this document. */
        DocumentAlreadySignedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "document.already-signed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DocumentFileView: {
            /** @enum {string} */
            format: "docx" | "html" | "pdf" | "signed-pdf";
            contentType: string;
            bytes: number;
            /** @description SHA-256 of the bytes, in hex: also the content's ETag. */
            sha256: string;
        };
        /** @description The hash given is not the one of the document’s French PDF: sign what you have read. */
        DocumentHashMismatchProblem: {
            /** @description The hash given, which is not the French PDF’s. */
            sha256: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/precondition-failed";
            /** @enum {string} */
            title: "Precondition failed";
            /** @enum {integer} */
            status: 412;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "document.hash-mismatch";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DocumentListView: {
            items: components["schemas"]["DocumentView"][];
        };
        /** @description No such document. */
        DocumentNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "document.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Only the French version of an agreement between parties is signed. */
        DocumentNotSignableProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "document.not-signable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        DocumentPartyView: {
            /**
             * @description applicant: the project holder's organisation; investor: the introduced investor's; funder: a programme's operator.
             * @enum {string}
             */
            role: "applicant" | "investor" | "funder";
            name: string;
            siren?: string;
        };
        DocumentSignatureView: {
            /** @enum {string} */
            role: "applicant" | "funder" | "investor";
            fullName: string;
            capacity: string;
            /** @description The organisation bound, as the agreement names it. */
            organisation: string;
            siren?: string;
            signedAt: string;
            /** @description The SHA-256 of the French PDF signed. */
            sha256: string;
        };
        DocumentView: {
            /** Format: uuid */
            id: string;
            templateKey: string;
            templateVersion: string;
            /** @enum {string} */
            locale: "en" | "fr";
            title: string;
            /** Format: uuid */
            applicationId?: string;
            /**
             * Format: uuid
             * @description The introduction the document belongs to, when it does.
             */
            matchId?: string;
            /** @enum {string} */
            status: "generated" | "signed";
            /** @description The organisations the agreement binds (none for a document an operator generated without a deal). */
            parties: components["schemas"]["DocumentPartyView"][];
            /** @description True for the French version, the one that binds and is signed; an English one is a translation. */
            binding: boolean;
            /**
             * Format: uuid
             * @description For a translation: the French document it translates.
             */
            translationOf?: string;
            /** @description Who signed, for which party, what: each party once; `status` is `signed` once all have. */
            signatures: components["schemas"]["DocumentSignatureView"][];
            /** @description The files: the generated formats, and `signed-pdf` once signed (the French PDF with its certificate page). */
            files: components["schemas"]["DocumentFileView"][];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description One failed eligibility rule: `code` says which, and what `expected` and `actual` carry. */
        EligibilityReason: components["schemas"]["AmountAboveMaximumReason"] | components["schemas"]["AmountBelowMinimumReason"] | components["schemas"]["EsusExpiredReason"] | components["schemas"]["EsusRequiredReason"] | components["schemas"]["InstrumentMismatchReason"] | components["schemas"]["LegalFormNotAcceptedReason"] | components["schemas"]["NoSharedImpactAreaReason"] | components["schemas"]["RegionNotCoveredReason"] | components["schemas"]["ShareOfCostExceededReason"] | components["schemas"]["StageNotAcceptedReason"] | components["schemas"]["TotalCostMissingReason"];
        EligibilityRulesDto: {
            legalForms?: ("association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other")[];
            regions?: ("FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976")[];
            /** @description The project must share at least one of these. */
            impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[];
            stages?: ("idea" | "seed" | "growth" | "scale")[];
            /** @description Only holders of a valid ESUS agrément. */
            esusRequired?: boolean;
            minAmountCents?: number;
            maxAmountCents?: number;
        };
        ErasedRecords: {
            what: string;
            count: number;
            /**
             * @description `deleted`, or `anonymised` (the record stays, without the person).
             * @enum {string}
             */
            how: "anonymised" | "deleted";
        };
        ErasureAcceptedView: {
            erasureId: string;
            receiptToken: string;
        };
        /** @description No such erasure, or the receipt does not match it. */
        ErasureNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "erasure.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ErasurePageView: {
            items: components["schemas"]["ErasureView"][];
            nextCursor: string | null;
        };
        /** @description Show the erasure’s receipt: Authorization: Receipt <token>. */
        ErasureReceiptRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unauthenticated";
            /** @enum {string} */
            title: "Authentication required";
            /** @enum {integer} */
            status: 401;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "erasure.receipt-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ErasureServiceView: {
            /** @enum {string} */
            service: "applications" | "gateway" | "legal-templates" | "matching" | "notifications" | "operations";
            /** @enum {string} */
            status: "completed" | "pending";
            completedAt?: string;
            erased: components["schemas"]["ErasedRecords"][];
            kept: components["schemas"]["KeptRecord"][];
        };
        ErasureView: {
            erasureId: string;
            /** @enum {string} */
            status: "completed" | "in-progress";
            role: string;
            requestedAt: string;
            completedAt?: string;
            services: components["schemas"]["ErasureServiceView"][];
        };
        EsusDto: {
            /** @description Whether the organisation holds the ESUS agrément. */
            certified: boolean;
            /** @description Last day the agrément is valid (YYYY-MM-DD). */
            expiresOn?: string;
        };
        EsusExpiredReason: {
            /** @enum {string} */
            rule: "esus";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "esus-expired";
            /** @description What the programme expects. */
            expected: {
                /** @enum {boolean} */
                certified: true;
                /**
                 * Format: date
                 * @description The submission day, Paris time.
                 */
                validOn: string;
            };
            /** @description What the application has. */
            actual: components["schemas"]["EsusDto"];
            message: components["schemas"]["LocalisedText"];
        };
        EsusRequiredReason: {
            /** @enum {string} */
            rule: "esus";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "esus-required";
            /** @description What the programme expects. */
            expected: {
                /** @enum {boolean} */
                certified: true;
                /**
                 * Format: date
                 * @description The submission day, Paris time.
                 */
                validOn: string;
            };
            /** @description What the application has. */
            actual: components["schemas"]["EsusDto"] | (never | null);
            message: components["schemas"]["LocalisedText"];
        };
        ExportAcceptedView: {
            exportId: string;
        };
        /** @description No such export of your data, or it expired (exports are kept 7 days). */
        ExportNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "export.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ExportView: {
            exportId: string;
            /** @enum {string} */
            status: "failed" | "pending" | "ready";
            requestedAt: string;
            readyAt?: string;
            expiresAt: string;
            /** @description Why it failed: a service did not answer; asking again starts a new export. */
            error?: string;
            archive?: components["schemas"]["PersonalDataArchiveView"];
        };
        ExpressInterestDto: {
            /** @description What you mean to put in, in euro cents, if you can say. */
            amountCents?: number;
            /** @description A word to the applicant: who you are, what you would like to know (shown to them). */
            message: string;
            /**
             * @description Whether you want a letter of intent drawn up: once the applicant accepts, it is generated with
             *     the confidentiality agreement, for the amount you give (or the amount requested).
             */
            letterOfIntent?: boolean;
        };
        FieldError: {
            /** @description A dotted path (`organisation.siren`); empty for the body itself. */
            field: string;
            /** @description A stable code: the validator’s name (`isIn`, `unknownField`, `required`…). */
            code: string;
            /** @description For people, in the language of `Accept-Language`. */
            message: string;
        };
        FundingRequestDto: {
            /** @description Amount requested, in euro cents. */
            amountCents?: number;
            /**
             * @description grant, honour-loan, loan, equity, quasi-equity, guarantee or support.
             * @enum {string}
             */
            instrument?: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
            /** @description What the money pays for, as the agreements state it: like the summary, it names no person. */
            purpose?: string;
            durationMonths?: number;
        };
        GenerateDocumentDto: {
            templateKey: string;
            /** @description A published version; its latest when left out. */
            version?: string;
            /** @enum {string} */
            locale: "fr" | "en";
            /**
             * Format: uuid
             * @description The application the document belongs to, when it does.
             */
            applicationId?: string;
            /** @description Checked against the version's schema; every invalid field is listed in one 422. */
            variables: Record<string, never>;
        };
        /** @description A request with this Idempotency-Key is still in progress; retry later. */
        IdempotencyInProgressProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "idempotency.in-progress";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
        IdempotencyKeyInvalidProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/validation-failed";
            /** @enum {string} */
            title: "Invalid request";
            /** @enum {integer} */
            status: 400;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "idempotency.key-invalid";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description This Idempotency-Key was used for a different request. */
        IdempotencyKeyReusedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "idempotency.key-reused";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Idempotency-Key is not accepted here: answers that carry credentials are never stored. */
        IdempotencyNotSupportedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/validation-failed";
            /** @enum {string} */
            title: "Invalid request";
            /** @enum {integer} */
            status: 400;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "idempotency.not-supported";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        InstanceStatusView: {
            instance: string;
            version: string;
            startedAt: string;
            uptimeSeconds: number;
            ready: boolean;
            /** @description The readiness checks failing at the last heartbeat. */
            failingChecks: string[];
            outboxBacklog: number;
            lastHeartbeatAt: string;
            /** @description No heartbeat for three intervals: the instance stopped or cannot reach Kafka. */
            silent: boolean;
        };
        InstrumentMismatchReason: {
            /** @enum {string} */
            rule: "instrument";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "instrument-mismatch";
            /**
             * @description What the programme expects.
             * @enum {string}
             */
            expected: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
            /**
             * @description What the application has.
             * @enum {string|null}
             */
            actual: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support" | null;
            message: components["schemas"]["LocalisedText"];
        };
        /** @description Internal error */
        InternalProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/internal";
            /** @enum {string} */
            title: "Internal error";
            /** @enum {integer} */
            status: 500;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "internal";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        InvestmentThesisDto: {
            /** @description grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
            instruments?: ("grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support")[];
            /** @description ISO 3166-2:FR region codes. */
            regions?: ("FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976")[];
            legalForms?: ("association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other")[];
            /** @description idea, seed, growth or scale. */
            stages?: ("idea" | "seed" | "growth" | "scale")[];
            /** @description Smallest ticket, in euro cents. */
            ticketMinCents: number;
            /** @description Largest ticket, in euro cents: not below ticketMinCents. */
            ticketMaxCents: number;
            /** @description Only organisations holding the ESUS agrément. */
            esusRequired: boolean;
            impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[];
            /** @description job-creation, territorial-development, ecology, social-link, democratic-governance. */
            engagementDimensions?: ("job-creation" | "territorial-development" | "ecology" | "social-link" | "democratic-governance")[];
            /** @description UN Sustainable Development Goals, 1 to 17. */
            sdgs?: number[];
        };
        /** @description The investor changed meanwhile; read it again. */
        InvestorChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "investor.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The investor’s vetting status does not allow this. */
        InvestorIllegalTransitionProblem: {
            /**
             * @description The status the investor has.
             * @enum {string}
             */
            currentStatus: "pending" | "approved" | "rejected" | "suspended";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "approve" | "reject" | "suspend" | "reinstate";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "investor.illegal-transition";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Only approved investors see deal-flow; yours is pending, rejected or suspended. */
        InvestorNotApprovedProblem: {
            /**
             * @description The vetting status you have.
             * @enum {string}
             */
            vettingStatus: "pending" | "rejected" | "suspended";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/forbidden";
            /** @enum {string} */
            title: "Not allowed";
            /** @enum {integer} */
            status: 403;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "investor.not-approved";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description No such investor. */
        InvestorNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "investor.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        InvestorOrganisationDto: {
            name: string;
            /** @description 9-digit company number with its Luhn check digit, checked as applicants' are. */
            siren?: string;
            /** @description As the deal's agreements write it: « SAS », « fondation reconnue d’utilité publique », « société de capital-risque ». */
            legalForm?: string;
        };
        InvestorPageView: {
            items: components["schemas"]["InvestorView"][];
            nextCursor: string | null;
        };
        InvestorProfileDto: {
            organisation: components["schemas"]["InvestorOrganisationDto"];
            /**
             * @description business-angel, impact-fund, foundation, public-funder, bank or corporate-partner.
             * @enum {string}
             */
            kind: "business-angel" | "impact-fund" | "foundation" | "public-funder" | "bank" | "corporate-partner";
            contact: components["schemas"]["ContactDto"];
            thesis: components["schemas"]["InvestmentThesisDto"];
            /** @description Matches the investor is willing to move to "interested" per calendar month (Europe/Paris). */
            capacityPerMonth: number;
            /** @description false: the investor pauses, and is shown nothing. */
            active: boolean;
        };
        /** @description A JSON merge patch (RFC 7396): any subset of the fields. `null` removes an optional field, an object is merged, anything else (arrays too) replaces. The result is validated as a whole, as if it were new. */
        InvestorProfilePatch: {
            organisation?: {
                name?: string;
                /** @description 9-digit company number with its Luhn check digit, checked as applicants' are. */
                siren?: string | null;
                /** @description As the deal's agreements write it: « SAS », « fondation reconnue d’utilité publique », « société de capital-risque ». */
                legalForm?: string | null;
            };
            /**
             * @description business-angel, impact-fund, foundation, public-funder, bank or corporate-partner.
             * @enum {string}
             */
            kind?: "business-angel" | "impact-fund" | "foundation" | "public-funder" | "bank" | "corporate-partner";
            contact?: {
                name?: string;
                /** Format: email */
                email?: string;
                /** @description International or French format: digits, spaces, dots, dashes, an optional leading +. */
                phone?: string | null;
            };
            thesis?: {
                /** @description grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
                instruments?: ("grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support")[] | null;
                /** @description ISO 3166-2:FR region codes. */
                regions?: ("FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976")[] | null;
                legalForms?: ("association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other")[] | null;
                /** @description idea, seed, growth or scale. */
                stages?: ("idea" | "seed" | "growth" | "scale")[] | null;
                /** @description Smallest ticket, in euro cents. */
                ticketMinCents?: number;
                /** @description Largest ticket, in euro cents: not below ticketMinCents. */
                ticketMaxCents?: number;
                /** @description Only organisations holding the ESUS agrément. */
                esusRequired?: boolean;
                impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[] | null;
                /** @description job-creation, territorial-development, ecology, social-link, democratic-governance. */
                engagementDimensions?: ("job-creation" | "territorial-development" | "ecology" | "social-link" | "democratic-governance")[] | null;
                /** @description UN Sustainable Development Goals, 1 to 17. */
                sdgs?: number[] | null;
            };
            /** @description Matches the investor is willing to move to "interested" per calendar month (Europe/Paris). */
            capacityPerMonth?: number;
            /** @description false: the investor pauses, and is shown nothing. */
            active?: boolean;
        };
        /** @description The profile changed since you read it; read it again. */
        InvestorVersionMismatchProblem: {
            /** @description The version the investor has now. */
            currentVersion: number;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/precondition-failed";
            /** @enum {string} */
            title: "Precondition failed";
            /** @enum {integer} */
            status: 412;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "investor.version-mismatch";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        InvestorView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "suspended";
            /** @description Why an operator rejected or suspended the investor (absent otherwise). */
            statusReason?: string;
            /** @description Absent until the investor fills it in. */
            profile?: components["schemas"]["InvestorProfileDto"];
            /** @description The version, also sent as the ETag (`"3"`) for `If-Match`; 0 before matching has seen the investor. */
            version: number;
            /**
             * Format: date-time
             * @description Absent at version 0.
             */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        KeptRecord: {
            what: string;
            id: string;
            basis: string;
            /** @description The day a sweep deletes it (ISO 8601). */
            until: string;
        };
        LegalFormNotAcceptedReason: {
            /** @enum {string} */
            rule: "legal-form";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "legal-form-not-accepted";
            /** @description What the programme expects. */
            expected: ("association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other")[];
            /**
             * @description What the application has.
             * @enum {string|null}
             */
            actual: "association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other" | null;
            message: components["schemas"]["LocalisedText"];
        };
        LegalTemplateListView: {
            items: components["schemas"]["LegalTemplateSummaryView"][];
            nextCursor: string | null;
        };
        LegalTemplateSummaryView: {
            key: string;
            /** @description Semantic version (1.2.0); a published version never changes. */
            version: string;
            /** @enum {string} */
            locale: "en" | "fr";
            title: string;
            description: string;
            instruments: ("equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support")[];
            /**
             * @description Deprecated: the first of `instruments`.
             * @enum {string}
             */
            kind: "equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support";
            /** @enum {string} */
            status: "draft" | "published";
            /** Format: date-time */
            publishedAt?: string;
        };
        LegalTemplateVersionView: {
            key: string;
            version: string;
            title: components["schemas"]["TemplateTitleDto"];
            description: components["schemas"]["TemplateDescriptionDto"];
            instruments: ("equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support")[];
            /**
             * @description Deprecated: the first of `instruments`.
             * @enum {string}
             */
            kind: "equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support";
            /** @description A JSON Schema of an object: the variables the bodies read. */
            schema: {
                [key: string]: unknown;
            };
            bodies: components["schemas"]["TemplateBodiesDto"];
            /** @enum {string} */
            status: "draft" | "published";
            /** Format: date-time */
            publishedAt?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LegalTemplateView: {
            key: string;
            versions: components["schemas"]["LegalTemplateVersionView"][];
        };
        LocalisedText: {
            fr: string;
            en: string;
        };
        LocalisedTextDto: {
            fr: string;
            en: string;
        };
        LoginDto: {
            email: string;
            password: string;
        };
        /** @description Matching’s copy of this application predates introductions (no SIREN or purpose); an operator must rebuild it (docs/operations.md). */
        MatchApplicationOutdatedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "match.application-outdated";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The match changed meanwhile; read it again. */
        MatchChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "match.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        MatchDeclineView: {
            /** @description What the applicant said, when they did. */
            reason?: string;
            at: string;
        };
        MatchExplanationLineDto: {
            /** @enum {string} */
            criterion: "capacity" | "engagement-dimensions" | "esus" | "impact-areas" | "instrument" | "legal-form" | "region" | "sdgs" | "stage" | "stage-fit" | "ticket-position" | "ticket-range";
            /** @enum {string} */
            kind: "criterion" | "gate";
            passed?: boolean;
            weight?: number;
            contribution?: number;
            message: components["schemas"]["LocalisedTextDto"];
        };
        /** @description The match’s status does not allow this. */
        MatchIllegalTransitionProblem: {
            /**
             * @description The status the match has.
             * @enum {string}
             */
            currentStatus: "proposed" | "interested" | "passed" | "declined" | "introduced" | "retracted";
            /**
             * @description What was refused.
             * @enum {string}
             */
            action: "express-interest" | "pass" | "decline" | "introduce" | "retract";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "match.illegal-transition";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        MatchIntroductionView: {
            at: string;
            /** @description The other side's organisation's SIREN (an investor's, when their profile gives one). */
            siren?: string;
            contact: components["schemas"]["ContactDto"];
        };
        /** @description The application or the investor no longer qualifies for this match (withdrawn, decided, consent withdrawn, suspended or paused); it is being retracted. */
        MatchNoLongerQualifiesProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "match.no-longer-qualifies";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description No such match among yours. */
        MatchNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "match.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        MatchStatusCountsView: {
            proposed: number;
            interested: number;
            passed: number;
            declined: number;
            introduced: number;
            retracted: number;
        };
        MatchingFiguresView: {
            matches: number;
            byStatus: components["schemas"]["MatchStatusCountsView"];
            passReasons: components["schemas"]["PassReasonCountsView"];
            /** @description From a match's proposal to the investor's first answer (interest or pass); null before any. */
            medianHoursToFirstResponse: number | null;
        };
        MatchingInsightGateView: {
            /** @enum {string} */
            gate: "esus" | "instrument" | "legal-form" | "region" | "stage" | "ticket-range";
            /** @description Theses this gate refuses; null for 1 or 2 (suppressed: no investor can be singled out). */
            failing: number | null;
        };
        MatchingInsightsView: {
            /** @description The approved, active theses matching holds; null too while a draft lacks what the gates read. */
            theses: number | null;
            /** @description Those whose every gate the application passes; null too while a draft lacks what the gates read. */
            passing: number | null;
            /** @description Each gate, the one that refuses the most theses first; empty while a draft lacks what they read. */
            gates: components["schemas"]["MatchingInsightGateView"][];
        };
        MatchingStatsView: {
            overall: components["schemas"]["MatchingFiguresView"];
            programmes: components["schemas"]["ProgrammeMatchingFiguresView"][];
        };
        NoSharedImpactAreaReason: {
            /** @enum {string} */
            rule: "impact-areas";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "no-shared-impact-area";
            /** @description What the programme expects. */
            expected: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[];
            /** @description What the application has. */
            actual: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[];
            message: components["schemas"]["LocalisedText"];
        };
        /** @description Not found */
        NotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        NotificationDeliveryView: {
            /** @enum {string} */
            "e-mail"?: "dead" | "failed" | "pending" | "sent";
            /**
             * @description Over every endpoint it went to: `sent` once all took it, else the furthest behind.
             * @enum {string}
             */
            webhook?: "dead" | "failed" | "pending" | "sent";
        };
        NotificationFailureCountView: {
            /** @enum {string} */
            channel: "e-mail" | "in-app" | "webhook";
            /** @description Attempts that failed (`notification.failed`): each is tried again later, so one e-mail may count several. */
            failedAttempts: number;
            /** @description Deliveries given up (`notification.dead`): those will never go out. */
            givenUp: number;
        };
        NotificationFailuresView: {
            /** @description Counted from then on: a day before `at`. */
            since: string;
            failedAttempts: number;
            givenUp: number;
            byChannel: components["schemas"]["NotificationFailureCountView"][];
        };
        NotificationListView: {
            items: components["schemas"]["NotificationView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Unread notifications in the whole inbox, whatever the page or filter. */
            unreadCount: number;
        };
        /** @description No such notification in your inbox. */
        NotificationNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "notification.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        NotificationPreferencesDto: {
            categories: components["schemas"]["CategoryChoicesDto"];
            /**
             * @description New matches by e-mail: each at once, or one digest a day (investors).
             * @enum {string}
             */
            dealFlowAlerts: "immediate" | "daily";
        };
        NotificationPreferencesView: {
            /** @description Every category, with its choices and whether they hold (`critical`). */
            categories: {
                application: components["schemas"]["CategoryPreferenceView"];
                decision: components["schemas"]["CategoryPreferenceView"];
                matching: components["schemas"]["CategoryPreferenceView"];
                introduction: components["schemas"]["CategoryPreferenceView"];
                document: components["schemas"]["CategoryPreferenceView"];
                account: components["schemas"]["CategoryPreferenceView"];
                security: components["schemas"]["CategoryPreferenceView"];
            };
            /** @enum {string} */
            dealFlowAlerts: "daily" | "immediate";
            /** @description The local hour (Europe/Paris) daily digests are sent at, `HH:MM`. */
            digestTime: string;
            /**
             * Format: date-time
             * @description null until they first set them.
             */
            updatedAt: string | null;
        };
        NotificationView: {
            id: string;
            /** @enum {string} */
            channel: "e-mail" | "in-app" | "webhook";
            /** @enum {string} */
            category: "account" | "application" | "deal-flow" | "decision" | "document" | "introduction" | "matching" | "security";
            /** @description Critical notifications bypass the recipient's preferences. */
            critical: boolean;
            title: string;
            body: string;
            /**
             * @description Whether its recipient read it in the inbox; how it went by e-mail or webhook is `delivery`.
             * @enum {string}
             */
            status: "read" | "unread";
            delivery: components["schemas"]["NotificationDeliveryView"];
            /**
             * Format: uuid
             * @description The aggregate it is about (for example the application id).
             */
            subject: string;
            /** Format: date-time */
            createdAt: string;
        };
        OrganisationDto: {
            /** @description The organisation's name as registered. */
            name: string;
            /** @description 9-digit company number with its Luhn check digit. */
            siren: string;
            /**
             * @description Legal form code: association, scop, scic, sas, sarl, sa, foundation, mutual, other.
             * @enum {string}
             */
            legalForm?: "association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other";
            /**
             * @description ISO 3166-2:FR region code (FR-IDF, FR-ARA, … FR-976).
             * @enum {string}
             */
            region?: "FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976";
            /** @description A commercial company whose statutes follow the ESS law. */
            essCompany?: boolean;
            esus?: components["schemas"]["EsusDto"];
        };
        PassMatchDto: {
            /** @enum {string} */
            reason: "out-of-thesis" | "ticket-size" | "stage" | "impact" | "capacity" | "other";
            /** @description More on why, for the platform (never shown to the applicant). */
            comment?: string;
        };
        PassReasonCountsView: {
            "out-of-thesis": number;
            "ticket-size": number;
            stage: number;
            impact: number;
            capacity: number;
            other: number;
        };
        /** @description Request body too large */
        PayloadTooLargeProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/payload-too-large";
            /** @enum {string} */
            title: "Request body too large";
            /** @enum {integer} */
            status: 413;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "payload-too-large";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        PersonalDataArchiveView: {
            accountId: string;
            generatedAt: string;
            services: components["schemas"]["PersonalDataSectionsView"][];
        };
        PersonalDataSectionsView: {
            /** @enum {string} */
            service: "applications" | "gateway" | "legal-templates" | "matching" | "notifications" | "operations";
            sections: {
                [key: string]: unknown;
            };
        };
        /** @description Precondition failed */
        PreconditionFailedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/precondition-failed";
            /** @enum {string} */
            title: "Precondition failed";
            /** @enum {integer} */
            status: 412;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "precondition-failed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        PreviewTemplateDto: {
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description Checked against the version's schema; every invalid field is listed in one 422. */
            variables: Record<string, never>;
        };
        /** @description The budget cannot go below what decisions have committed or holds reserve. */
        ProgrammeBudgetBelowCommittedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.budget-below-committed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The programme’s remaining budget does not cover this amount. */
        ProgrammeBudgetExceededProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.budget-exceeded";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The programme changed meanwhile; read it again. */
        ProgrammeChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The call for applications is closed. */
        ProgrammeClosedProblem: {
            /** @enum {string} */
            reason: "closed";
            /**
             * Format: date-time
             * @description When the call closed.
             */
            closesAt: string;
            /**
             * Format: date-time
             * @description When the gateway accepted the submission (on submission only).
             */
            acceptedAt?: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.closed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ProgrammeMatchingFiguresView: {
            matches: number;
            byStatus: components["schemas"]["MatchStatusCountsView"];
            passReasons: components["schemas"]["PassReasonCountsView"];
            /** @description From a match's proposal to the investor's first answer (interest or pass); null before any. */
            medianHoursToFirstResponse: number | null;
            programmeId: string;
        };
        /** @description No such programme. */
        ProgrammeNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The call for applications is not open yet. */
        ProgrammeNotOpenYetProblem: {
            /** @enum {string} */
            reason: "not-open-yet";
            /**
             * Format: date-time
             * @description When the call opens.
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description When the gateway accepted the submission.
             */
            acceptedAt: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.not-open-yet";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        ProgrammePageView: {
            items: components["schemas"]["ProgrammeView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A JSON merge patch (RFC 7396): any subset of the fields. `null` removes an optional field, an object is merged, anything else (arrays too) replaces. The result is validated as a whole, as if it were new. */
        ProgrammePatch: {
            title?: string;
            description?: string;
            /** @description The organisation running the call (a region, a foundation, a fund…). */
            operatorName?: string;
            /** @description The operator's SIREN, named in the agreements the programme's funding makes. */
            operatorSiren?: string | null;
            /** @description The operator's legal form, as an agreement writes it: « collectivité territoriale », « fondation reconnue d’utilité publique ». */
            operatorLegalForm?: string | null;
            /**
             * @description The instrument this programme gives: grant, honour-loan, loan, equity, quasi-equity, guarantee, support.
             * @enum {string}
             */
            kind?: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
            /**
             * @description When applications may be submitted from: a date-time with its offset, or a date (YYYY-MM-DD),
             *     read as 00:00 Paris time that day. Stored and answered as an instant.
             */
            opensAt?: string;
            /**
             * @description The deadline: a submission accepted at or after it is refused. A date-time with its offset, or a
             *     date (YYYY-MM-DD), read as 23:59:59.999 Paris time that day. Stored and answered as an instant.
             */
            closesAt?: string;
            /** @description The whole envelope, in euro cents. */
            budgetCents?: number;
            /** @description The largest share (0..1) of a project's total cost the programme pays (co-financing). */
            maxShareOfCost?: number | null;
            /**
             * @description How the agreements of the programme's funding pay the amount, in instalments whose shares add
             *     up to 100; absent: all of it at signature.
             */
            tranches?: components["schemas"]["ProgrammeTrancheDto"][] | null;
            eligibility?: {
                legalForms?: ("association" | "scop" | "scic" | "sas" | "sarl" | "sa" | "foundation" | "mutual" | "other")[] | null;
                regions?: ("FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976")[] | null;
                /** @description The project must share at least one of these. */
                impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[] | null;
                stages?: ("idea" | "seed" | "growth" | "scale")[] | null;
                /** @description Only holders of a valid ESUS agrément. */
                esusRequired?: boolean | null;
                minAmountCents?: number | null;
                maxAmountCents?: number | null;
            };
        };
        ProgrammeTrancheDto: {
            sharePercent: number;
            /** @description Months after the agreement is signed (0: at signature). */
            monthsAfterSigning: number;
            /** @description As the agreement states it: « à la signature », « sur compte rendu intermédiaire ». */
            condition: string;
        };
        /** @description The application names a programme that does not exist. */
        ProgrammeUnknownProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "programme.unknown";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
            /** @description Every field at fault. */
            errors: components["schemas"]["FieldError"][];
        };
        ProgrammeView: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            operatorName: string;
            operatorSiren?: string;
            operatorLegalForm?: string;
            /** @enum {string} */
            kind: "equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            budgetCents: number;
            maxShareOfCost?: number;
            tranches?: components["schemas"]["ProgrammeTrancheDto"][];
            eligibility: components["schemas"]["EligibilityRulesDto"];
            /**
             * @description open: accepting submissions now; upcoming; closed.
             * @enum {string}
             */
            status: "closed" | "open" | "upcoming";
            /** @description Operators only: what decisions have spent, in euro cents. */
            committedCents?: number;
            /** @description Operators only: what holds keep for decisions being recorded (released after 10 minutes unconfirmed). */
            heldCents?: number;
            /** @description Operators only: `budgetCents` less committed and held. */
            remainingCents?: number;
            /**
             * @description Operators only, and only when true: a deadline stored before bare dates were read in Paris time
             *     lies at exactly 00:00 UTC (a bare date read as UTC) and awaits confirmation. A PATCH naming that
             *     deadline confirms it, with the same value, or corrects it.
             * @enum {boolean}
             */
            deadlineReview?: true;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProjectDto: {
            title?: string;
            /** @description What the project does, shown to investors and kept with the application's events: it describes the project, not people (no names, e-mails or phones; contacts go in the introduction). */
            summary?: string;
            /** @description Impact area codes: inclusion, disability, civic-engagement, food-waste, environment, … */
            impactAreas?: ("inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion")[];
            /** @description France Active's engagement dimensions the project works on: job-creation, ecology, … */
            engagementDimensions?: ("job-creation" | "territorial-development" | "ecology" | "social-link" | "democratic-governance")[];
            /** @description UN Sustainable Development Goals the project serves, 1 to 17. */
            sdgs?: number[];
            /**
             * @description idea, seed, growth or scale.
             * @enum {string}
             */
            stage?: "idea" | "seed" | "growth" | "scale";
            /** @description People the project serves. */
            beneficiaries?: number;
            /** @description Total cost of the project, in euro cents. */
            totalCostCents?: number;
        };
        RefreshTokenDto: {
            refreshToken?: string;
        };
        RegionNotCoveredReason: {
            /** @enum {string} */
            rule: "region";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "region-not-covered";
            /** @description What the programme expects. */
            expected: ("FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976")[];
            /**
             * @description What the application has.
             * @enum {string|null}
             */
            actual: "FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976" | null;
            message: components["schemas"]["LocalisedText"];
        };
        RegisterAccountDto: {
            /**
             * Format: email
             * @description Used to log in; stored lower-cased.
             */
            email: string;
            /** @description At least 10 characters. */
            password: string;
            /**
             * @description applicant or investor.
             * @enum {string}
             */
            role: "applicant" | "investor";
            /** @description The name shown to others. */
            displayName: string;
            /**
             * @description Language of e-mails and messages: fr or en.
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        RegisterWebhookDto: {
            /** @description `https://` (plain `http://` in development only); no user name or password in it. */
            url: string;
            events: ("deal-flow.match-proposed" | "deal-flow.introduced" | "document.ready-to-sign" | "document.signed")[];
        };
        RequestErasureDto: {
            password: string;
        };
        /** @description This change needs If-Match with the ETag you read. */
        RequestIfMatchRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/precondition-required";
            /** @enum {string} */
            title: "Precondition required";
            /** @enum {integer} */
            status: 428;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "request.if-match-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description Too many requests; retry after the time given in Retry-After. */
        RequestRateLimitedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/too-many-requests";
            /** @enum {string} */
            title: "Too many requests";
            /** @enum {integer} */
            status: 429;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "request.rate-limited";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        RulesAppliedView: {
            programmeVersion: number;
            /** @enum {string} */
            kind: "equity" | "grant" | "guarantee" | "honour-loan" | "loan" | "quasi-equity" | "support";
            maxShareOfCost?: number;
            eligibility: components["schemas"]["EligibilityRulesDto"];
        };
        ScreeningView: {
            /** @enum {string} */
            result: "eligible" | "ineligible";
            /** @description Every failed rule; empty when eligible. */
            reasons: components["schemas"]["EligibilityReason"][];
            rulesApplied: components["schemas"]["RulesAppliedView"];
            /** Format: date-time */
            screenedAt: string;
        };
        ServiceStatusView: {
            /** @enum {string} */
            service: "applications" | "gateway" | "legal-templates" | "matching" | "notifications" | "operations";
            instances: components["schemas"]["InstanceStatusView"][];
        };
        SessionView: {
            accessToken: string;
            /** @description Absent in the cookie mode (`X-Pollen-Session: cookie`): the `pollen_refresh` cookie holds it. */
            refreshToken?: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        ShareOfCostExceededReason: {
            /** @enum {string} */
            rule: "co-financing";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "share-of-cost-exceeded";
            /** @description What the programme expects. */
            expected: {
                maxShareOfCost: number;
                maxAmountCents: number;
            };
            /** @description What the application has. */
            actual: {
                totalCostCents: number;
                amountCents: number;
                share: number;
            };
            message: components["schemas"]["LocalisedText"];
        };
        SignDocumentDto: {
            /** @description The signer's full name, as on their identity document. */
            fullName: string;
            /** @description Their role in the organisation they bind: « Présidente », « Gérant », « Directrice générale ». */
            capacity: string;
            /**
             * @description They consent to sign, and attest their power to bind the organisation.
             * @enum {boolean}
             */
            consent: true;
            /** @description The SHA-256 of the French PDF they have read (its ETag): another one is 412. */
            sha256: string;
            /** @description Checked by the gateway at that moment (art. 1367 Code civil): never sent further. */
            password: string;
        };
        StageNotAcceptedReason: {
            /** @enum {string} */
            rule: "stage";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "stage-not-accepted";
            /** @description What the programme expects. */
            expected: ("idea" | "seed" | "growth" | "scale")[];
            /**
             * @description What the application has.
             * @enum {string|null}
             */
            actual: "idea" | "seed" | "growth" | "scale" | null;
            message: components["schemas"]["LocalisedText"];
        };
        StatusChangeView: {
            /** @enum {string} */
            status: "declined" | "draft" | "eligible" | "funded" | "in-discussion" | "ineligible" | "submitted" | "withdrawn";
            /** Format: date-time */
            at: string;
            /** @description The account that made the change, or `system` for automatic screening. */
            by: string | unknown | "system";
            reason: string;
            /** @description Present when the entry records a consent change (RGPD art. 7(1)): what was answered, to which notice. */
            consent?: components["schemas"]["ConsentsDto"];
            /** @description Present when a discussion started: the introduction it came from (`GET …/matches` lists it). */
            matchId?: string;
            /** @description Present when every party signed one of its agreements: the document (`GET /v1/documents/{id}`). */
            documentId?: string;
        };
        StatusView: {
            /** @description When it was computed. */
            at: string;
            services: components["schemas"]["ServiceStatusView"][];
            /** @description Every consumer group of the catalogue on every topic it reads, with its committed lag. */
            lag: components["schemas"]["ConsumerLagView"][];
            deadLetters: components["schemas"]["DeadLetterCountsView"];
            notifications: components["schemas"]["NotificationFailuresView"];
        };
        TemplateBodiesDto: {
            fr: string;
            en: string;
        };
        /** @description A body is larger than 200 kB. */
        TemplateBodyTooLargeProblem: {
            /**
             * @description The body at fault.
             * @enum {string}
             */
            locale: "fr" | "en";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.body-too-large";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The template version changed meanwhile; read it again. */
        TemplateChangedConcurrentlyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.changed-concurrently";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        TemplateDescriptionDto: {
            fr: string;
            en: string;
        };
        /** @description A body is not valid Liquid. */
        TemplateInvalidLiquidProblem: {
            /**
             * @description The body at fault.
             * @enum {string}
             */
            locale: "fr" | "en";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.invalid-liquid";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The schema of the variables is not a valid JSON Schema. */
        TemplateInvalidSchemaProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.invalid-schema";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The variables do not match the template’s schema. */
        TemplateInvalidVariablesProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.invalid-variables";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
            /** @description Every field at fault. */
            errors: components["schemas"]["FieldError"][];
        };
        /** @description A template already has this key; add a version to it instead. */
        TemplateKeyTakenProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.key-taken";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The French and English bodies read different variables, or variables the schema does not declare. */
        TemplateLocalesDisagreeProblem: {
            /** @description The variables one language reads and the other does not. */
            onlyIn: {
                fr: string[];
                en: string[];
            };
            /** @description Variables the schema does not declare. */
            undeclared: string[];
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.locales-disagree";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description No such template, or no such version of it. */
        TemplateNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A published version never changes; add a new version instead. */
        TemplatePublishedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.published";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description The template could not be rendered with these variables within its limits. */
        TemplateRenderFailedProblem: {
            /**
             * @description What stopped the render: the body itself, or the limit it ran into.
             * @enum {string}
             */
            failure: "template" | "body-too-large" | "timeout" | "memory" | "output-too-large";
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.render-failed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        TemplateTitleDto: {
            fr: string;
            en: string;
        };
        /** @description A body uses markup outside the subset documents are made of (docs/legal-templates.md). */
        TemplateUnsupportedMarkupProblem: {
            /**
             * @description The body at fault.
             * @enum {string}
             */
            locale: "fr" | "en";
            /** @description Each element, or element and attribute, outside the subset. */
            found: {
                element: string;
                attribute?: string;
            }[];
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unprocessable";
            /** @enum {string} */
            title: "Request cannot be processed";
            /** @enum {integer} */
            status: 422;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.unsupported-markup";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A new version must be newer than the template’s latest. */
        TemplateVersionNotNewerProblem: {
            /** @description The template’s latest version. */
            latestVersion?: string;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "template.version-not-newer";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description A JSON merge patch (RFC 7396): any subset of the fields. `null` removes an optional field, an object is merged, anything else (arrays too) replaces. The result is validated as a whole, as if it were new. */
        TemplateVersionPatch: {
            title?: {
                fr?: string;
                en?: string;
            };
            description?: {
                fr?: string;
                en?: string;
            };
            instruments?: ("grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support")[];
            schema?: Record<string, never>;
            bodies?: {
                fr?: string;
                en?: string;
            };
        };
        TimelineEntryView: {
            eventId: string;
            type: string;
            occurredAt: string;
            /**
             * @description The service that emitted it.
             * @enum {string}
             */
            source: "applications" | "gateway" | "legal-templates" | "matching" | "notifications" | "operations";
            /** @description The aggregate it is about (the application, a match, a document, a notification). */
            subject: string;
            /** @description A few words on what happened (an outcome, a channel), when the type alone does not say it. */
            detail: string | null;
            correlationId: string;
            causationId: string | null;
            /** @description The W3C trace id it was published under, to find its spans in the tracing backend. */
            traceId: string | null;
            /** @description Where it is on Kafka. */
            topic: string;
            partition: number;
            offset: string;
        };
        /** @description No event about this application has reached the operations service. */
        TimelineNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "timeline.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        TimelinePageView: {
            applicationId: string;
            items: components["schemas"]["TimelineEntryView"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        TotalCostMissingReason: {
            /** @enum {string} */
            rule: "co-financing";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "total-cost-missing";
            /** @description What the programme expects. */
            expected: {
                maxShareOfCost: number;
            };
            /** @description What the application has. */
            actual: {
                totalCostCents: number | null;
                amountCents: number;
            };
            message: components["schemas"]["LocalisedText"];
        };
        /** @description Service unavailable */
        UnavailableProblem: {
            /** @description Also sent as `Retry-After`. */
            retryAfterSeconds: number;
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/unavailable";
            /** @enum {string} */
            title: "Service unavailable";
            /** @enum {integer} */
            status: 503;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md).
             * @enum {string}
             */
            code: "unavailable";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        UpdateMyAccountDto: {
            /** @description The name shown to others. */
            displayName?: string;
            /**
             * @description Language of e-mails and messages: fr or en.
             * @enum {string}
             */
            locale?: "fr" | "en";
        };
        /** @description Invalid request */
        ValidationFailedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/validation-failed";
            /** @enum {string} */
            title: "Invalid request";
            /** @enum {integer} */
            status: 400;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "validation-failed";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
            /** @description Every field at fault. */
            errors?: components["schemas"]["FieldError"][];
        };
        VettingReasonDto: {
            /** @description Why (kept with the investor and told to them). */
            reason: string;
        };
        WebhookDeliveryPageView: {
            items: components["schemas"]["WebhookDeliveryView"][];
            nextCursor: string | null;
        };
        WebhookDeliveryView: {
            /** @description The `webhook-id` header: the same for every attempt of this event to this endpoint. */
            id: string;
            /** @enum {string} */
            type: "deal-flow.introduced" | "deal-flow.match-proposed" | "document.ready-to-sign" | "document.signed";
            /** @enum {string} */
            status: "dead" | "failed" | "pending" | "sent";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A webhook URL must use https. */
        WebhookHttpsRequiredProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/validation-failed";
            /** @enum {string} */
            title: "Invalid request";
            /** @enum {integer} */
            status: 400;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "webhook.https-required";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        WebhookListView: {
            items: components["schemas"]["WebhookView"][];
        };
        /** @description No such webhook endpoint among yours. */
        WebhookNotFoundProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/not-found";
            /** @enum {string} */
            title: "Not found";
            /** @enum {integer} */
            status: 404;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "webhook.not-found";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description You already have the most webhook endpoints an account may have (10); delete one first. */
        WebhookTooManyProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/conflict";
            /** @enum {string} */
            title: "Conflict";
            /** @enum {integer} */
            status: 409;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "webhook.too-many";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        /** @description This URL cannot receive webhooks: its host does not resolve to a public address. */
        WebhookUrlRefusedProblem: {
            /**
             * Format: uri
             * @enum {string}
             */
            type: "https://pollen.dev/problems/validation-failed";
            /** @enum {string} */
            title: "Invalid request";
            /** @enum {integer} */
            status: 400;
            /** @description What went wrong, for people. */
            detail: string;
            /**
             * @description Act on this one (docs/errors.md). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            code: "webhook.url-refused";
            /** @description The path of the request. */
            instance: string;
            /** @description Quote it when you report a problem. */
            correlationId: string;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            events: ("deal-flow.introduced" | "deal-flow.match-proposed" | "document.ready-to-sign" | "document.signed")[];
            /**
             * @description `disabled` once it failed every delivery for a day: nothing more is sent to it.
             * @enum {string}
             */
            status: "active" | "disabled";
            /**
             * Format: date-time
             * @description Since when every delivery failed; null while it answers.
             */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then, the secret before the last rotation signs too.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookWithSecretView: {
            /** @description `whsec_…` (Standard Webhooks): verify each call's `webhook-signature` with it. */
            secret: string;
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            events: ("deal-flow.introduced" | "deal-flow.match-proposed" | "document.ready-to-sign" | "document.signed")[];
            /**
             * @description `disabled` once it failed every delivery for a day: nothing more is sent to it.
             * @enum {string}
             */
            status: "active" | "disabled";
            /**
             * Format: date-time
             * @description Since when every delivery failed; null while it answers.
             */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then, the secret before the last rotation signs too.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WithdrawApplicationDto: {
            /** @description Why (kept in the history). */
            reason?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
        AcceptLanguage: string;
        /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
        IdempotencyKey: string;
        /** @description The `ETag` you read, `"3"` (also a list `"3", "4"`, or `*`). Without it: `428`. Compared strongly: a weak tag `W/"3"` never matches, and weak tags alone get `412` (`precondition-failed`). */
        IfMatch: string;
        /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
        IfNoneMatch: string;
        /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
        XCorrelationId: string;
        /** @description `cookie`: the browser’s session mode (docs/api.md, "Browser sessions"). The refresh token travels in the `pollen_refresh` cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth), never in a body, and every request in this mode must carry an `Origin` that is the gateway’s own or one of `PORTAL_ORIGINS` (else `403` `auth.origin-not-allowed`). Any other value, or none, is the default mode. */
        XPollenSession: "cookie";
    };
    requestBodies: never;
    headers: {
        /** @description The application’s version, `"3"`: send it back in `If-Match` (and `If-None-Match`). */
        ApplicationETag: string;
        /** @description In the cookie mode only (`X-Pollen-Session: cookie`, or a log-out the cookie named): `pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict`, which deletes the cookie. */
        ClearRefreshCookie: "pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict";
        /** @description The file’s SHA-256, in hex: the same bytes always give it. */
        ContentETag: string;
        /** @description A weak tag of the body: send it back in `If-None-Match`. */
        ETag: string;
        /** @description `true` when this is the kept answer to an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description The investor’s version, `"3"` (`"0"` before matching has seen them): send it back in `If-Match`. */
        InvestorETag: string;
        /** @description Where the new resource is. */
        Location: string;
        /** @description The match’s version, `"2"`: it moves by one with every change. */
        MatchETag: string;
        /** @description The answer holds a secret shown this once: no cache may keep it. */
        NoStore: "no-store";
        /** @description Requests allowed in the current window of the tightest limit this request counts against. */
        RateLimitLimit: number;
        /** @description Requests left in that window. */
        RateLimitRemaining: number;
        /** @description Seconds until that window ends. */
        RateLimitReset: number;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description Seconds to wait before trying again: sent with the problems that say to retry later. */
        RetryAfterSometimes: number;
        /** @description In the cookie mode only (`X-Pollen-Session: cookie`): `pollen_refresh=<refresh token>; Max-Age=<seconds the token lasts>; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict`. The body then has no `refreshToken`. */
        SetRefreshCookie: string;
        /** @description The request’s correlation id: yours when it had 8–128 characters from `A-Za-z0-9._:-`, otherwise a new UUID. */
        XCorrelationId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApplicationsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description One programme's applications (the caller's own, or all of them for operators). */
                programmeId?: string;
                status?: "draft" | "submitted" | "eligible" | "ineligible" | "in-discussion" | "funded" | "declined" | "withdrawn";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDraftDto"];
            };
        };
        responses: {
            /** @description `Location` points to the draft; `ETag` is its version. */
            201: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.duplicate-active`: You already have an active application to this programme for this SIREN.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationDuplicateActiveProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /**
             * @description `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             *
             *     `programme.closed`: The call for applications is closed.
             *
             *     `programme.unknown`: The application names a programme that does not exist.
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"] | components["schemas"]["ProgrammeClosedProblem"] | components["schemas"]["ProgrammeUnknownProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The `ETag` you read, `"3"` (also a list `"3", "4"`, or `*`). Without it: `428`. Compared strongly: a weak tag `W/"3"` never matches, and weak tags alone get `412` (`precondition-failed`). */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Any subset of the draft’s fields; null removes one */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationDraftPatch"];
                "application/merge-patch+json": components["schemas"]["ApplicationDraftPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `application.changed-concurrently`: The application changed meanwhile; read it again.
             *
             *     `application.not-draft`: Only a draft can be edited or submitted.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationChangedConcurrentlyProblem"] | components["schemas"]["ApplicationNotDraftProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /**
             * @description `application.version-mismatch`: The application changed since you read it; read it again.
             *
             *     `precondition-failed`: Precondition failed
             */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationVersionMismatchProblem"] | components["schemas"]["PreconditionFailedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.if-match-required`: This change needs If-Match with the ETag you read. */
            428: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestIfMatchRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_changeConsents: {
        parameters: {
            query?: never;
            header: {
                /** @description The `ETag` you read, `"3"` (also a list `"3", "4"`, or `*`). Without it: `428`. Compared strongly: a weak tag `W/"3"` never matches, and weak tags alone get `412` (`precondition-failed`). */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `application.changed-concurrently`: The application changed meanwhile; read it again.
             *
             *     `application.consent-not-grantable`: The application has reached a final status: consent to show it to investors can only be withdrawn.
             */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationChangedConcurrentlyProblem"] | components["schemas"]["ApplicationConsentNotGrantableProblem"];
                };
            };
            /**
             * @description `application.version-mismatch`: The application changed since you read it; read it again.
             *
             *     `precondition-failed`: Precondition failed
             */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationVersionMismatchProblem"] | components["schemas"]["PreconditionFailedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.if-match-required`: This change needs If-Match with the ETag you read. */
            428: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestIfMatchRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideApplicationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `application.changed-concurrently`: The application changed meanwhile; read it again.
             *
             *     `application.not-decidable`: A decision needs an eligible application, or one in discussion.
             *
             *     `decision.budget-hold-required`: A decision the programme funds needs a hold on its budget for this application, taken in the last 10 minutes.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `programme.budget-exceeded`: The programme’s remaining budget does not cover this amount.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationChangedConcurrentlyProblem"] | components["schemas"]["ApplicationNotDecidableProblem"] | components["schemas"]["DecisionBudgetHoldRequiredProblem"] | components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["ProgrammeBudgetExceededProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /**
             * @description `decision.investor-funding-unavailable`: Investor funding names an accepted introduction of this application (`matchId`).
             *
             *     `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DecisionInvestorFundingUnavailableProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DocumentsController_ofApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationMatchesController_matches: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationMatchesView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationMatchesController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
                /** @description A UUID; anything else is `404`. */
                matchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptIntroductionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationMatchView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `match.not-found`: No such match among yours.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["MatchNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `match.application-outdated`: Matching’s copy of this application predates introductions (no SIREN or purpose); an operator must rebuild it (docs/operations.md).
             *
             *     `match.changed-concurrently`: The match changed meanwhile; read it again.
             *
             *     `match.illegal-transition`: The match’s status does not allow this.
             *
             *     `match.no-longer-qualifies`: The application or the investor no longer qualifies for this match (withdrawn, decided, consent withdrawn, suspended or paused); it is being retracted.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["MatchApplicationOutdatedProblem"] | components["schemas"]["MatchChangedConcurrentlyProblem"] | components["schemas"]["MatchIllegalTransitionProblem"] | components["schemas"]["MatchNoLongerQualifiesProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationMatchesController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
                /** @description A UUID; anything else is `404`. */
                matchId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeclineMatchDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationMatchView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `match.not-found`: No such match among yours.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["MatchNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `match.changed-concurrently`: The match changed meanwhile; read it again.
             *
             *     `match.illegal-transition`: The match’s status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["MatchChangedConcurrentlyProblem"] | components["schemas"]["MatchIllegalTransitionProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationMatchesController_insights: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingInsightsView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `application.changed-concurrently`: The application changed meanwhile; read it again.
             *
             *     `application.not-draft`: Only a draft can be edited or submitted.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationChangedConcurrentlyProblem"] | components["schemas"]["ApplicationNotDraftProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /**
             * @description `application.incomplete`: The application is incomplete.
             *
             *     `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             *
             *     `programme.closed`: The call for applications is closed.
             *
             *     `programme.not-open-yet`: The call for applications is not open yet.
             *
             *     `programme.unknown`: The application names a programme that does not exist.
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationIncompleteProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"] | components["schemas"]["ProgrammeClosedProblem"] | components["schemas"]["ProgrammeNotOpenYetProblem"] | components["schemas"]["ProgrammeUnknownProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ApplicationETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `application.not-found`: No such application, or not one you may see.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `application.changed-concurrently`: The application changed meanwhile; read it again.
             *
             *     `application.not-withdrawable`: The application has reached a final status and cannot be withdrawn.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApplicationChangedConcurrentlyProblem"] | components["schemas"]["ApplicationNotWithdrawableProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the browser’s session mode (docs/api.md, "Browser sessions"). The refresh token travels in the `pollen_refresh` cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth), never in a body, and every request in this mode must carry an `Origin` that is the gateway’s own or one of `PORTAL_ORIGINS` (else `403` `auth.origin-not-allowed`). Any other value, or none, is the default mode. */
                "X-Pollen-Session"?: components["parameters"]["XPollenSession"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /**
             * @description `idempotency.not-supported`: Idempotency-Key is not accepted here: answers that carry credentials are never stored.
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyNotSupportedProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `auth.invalid-credentials`: E-mail or password is incorrect. */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthInvalidCredentialsProblem"];
                };
            };
            /** @description `auth.origin-not-allowed`: A browser session is used only from the portal: this request’s Origin is not one it allows. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthOriginNotAllowedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the browser’s session mode (docs/api.md, "Browser sessions"). The refresh token travels in the `pollen_refresh` cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth), never in a body, and every request in this mode must carry an `Origin` that is the gateway’s own or one of `PORTAL_ORIGINS` (else `403` `auth.origin-not-allowed`). Any other value, or none, is the default mode. */
                "X-Pollen-Session"?: components["parameters"]["XPollenSession"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description The session is over (also when the token was unknown). */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Set-Cookie": components["headers"]["ClearRefreshCookie"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `idempotency.not-supported`: Idempotency-Key is not accepted here: answers that carry credentials are never stored.
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyNotSupportedProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `auth.origin-not-allowed`: A browser session is used only from the portal: this request’s Origin is not one it allows. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthOriginNotAllowedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the browser’s session mode (docs/api.md, "Browser sessions"). The refresh token travels in the `pollen_refresh` cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth), never in a body, and every request in this mode must carry an `Origin` that is the gateway’s own or one of `PORTAL_ORIGINS` (else `403` `auth.origin-not-allowed`). Any other value, or none, is the default mode. */
                "X-Pollen-Session"?: components["parameters"]["XPollenSession"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /**
             * @description `idempotency.not-supported`: Idempotency-Key is not accepted here: answers that carry credentials are never stored.
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyNotSupportedProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `auth.session-ended`: This session has ended; sign in again. */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthSessionEndedProblem"];
                };
            };
            /** @description `auth.origin-not-allowed`: A browser session is used only from the portal: this request’s Origin is not one it allows. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthOriginNotAllowedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAccountDto"];
            };
        };
        responses: {
            /** @description `Location` is `/v1/me`. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /**
             * @description `idempotency.not-supported`: Idempotency-Key is not accepted here: answers that carry credentials are never stored.
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyNotSupportedProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `account.email-taken`: An account with this e-mail already exists. */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountEmailTakenProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DealFlowController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                status?: "proposed" | "interested" | "passed" | "declined" | "introduced" | "retracted";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealFlowPageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `auth.role-required`: Your role does not allow this.
             *
             *     `investor.not-approved`: Only approved investors see deal-flow; yours is pending, rejected or suspended.
             */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"] | components["schemas"]["InvestorNotApprovedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DealFlowController_interest: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpressInterestDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["MatchETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealFlowItemView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `auth.role-required`: Your role does not allow this.
             *
             *     `investor.not-approved`: Only approved investors see deal-flow; yours is pending, rejected or suspended.
             */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"] | components["schemas"]["InvestorNotApprovedProblem"];
                };
            };
            /**
             * @description `match.not-found`: No such match among yours.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MatchNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `match.changed-concurrently`: The match changed meanwhile; read it again.
             *
             *     `match.illegal-transition`: The match’s status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["MatchChangedConcurrentlyProblem"] | components["schemas"]["MatchIllegalTransitionProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DealFlowController_pass: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassMatchDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["MatchETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealFlowItemView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `auth.role-required`: Your role does not allow this.
             *
             *     `investor.not-approved`: Only approved investors see deal-flow; yours is pending, rejected or suspended.
             */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"] | components["schemas"]["InvestorNotApprovedProblem"];
                };
            };
            /**
             * @description `match.not-found`: No such match among yours.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MatchNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `match.changed-concurrently`: The match changed meanwhile; read it again.
             *
             *     `match.illegal-transition`: The match’s status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["MatchChangedConcurrentlyProblem"] | components["schemas"]["MatchIllegalTransitionProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DocumentsController_generate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateDocumentDto"];
            };
        };
        responses: {
            /** @description `Location` points to the document. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `template.not-found`: No such template, or no such version of it. */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /**
             * @description `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             *
             *     `template.invalid-variables`: The variables do not match the template’s schema.
             *
             *     `template.render-failed`: The template could not be rendered with these variables within its limits.
             *
             *     `template.unsupported-markup`: A body uses markup outside the subset documents are made of (docs/legal-templates.md).
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"] | components["schemas"]["TemplateInvalidVariablesProblem"] | components["schemas"]["TemplateRenderFailedProblem"] | components["schemas"]["TemplateUnsupportedMarkupProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `document.not-found`: No such document.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DocumentNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DocumentsController_content: {
        parameters: {
            query: {
                format: "html" | "pdf" | "docx" | "signed-pdf";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file’s bytes. */
            200: {
                headers: {
                    ETag: components["headers"]["ContentETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/html": string;
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ContentETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `document.not-found`: No such document.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DocumentNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    DocumentsController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDocumentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.invalid-credentials`: E-mail or password is incorrect.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthInvalidCredentialsProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `document.not-found`: No such document.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DocumentNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `document.already-signed`: Your party has already signed this document.
             *
             *     `document.not-signable`: Only the French version of an agreement between parties is signed.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DocumentAlreadySignedProblem"] | components["schemas"]["DocumentNotSignableProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `document.hash-mismatch`: The hash given is not the one of the document’s French PDF: sign what you have read. */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DocumentHashMismatchProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ErasuresController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                erasureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `erasure.receipt-required`: Show the erasure’s receipt: Authorization: Receipt <token>. */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErasureReceiptRequiredProblem"];
                };
            };
            /** @description `erasure.not-found`: No such erasure, or the receipt does not match it. */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErasureNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The `ETag` you read, `"3"` (also a list `"3", "4"`, or `*`). Without it: `428`. Compared strongly: a weak tag `W/"3"` never matches, and weak tags alone get `412` (`precondition-failed`). */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Any subset of the profile’s fields; null removes one */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestorProfilePatch"];
                "application/merge-patch+json": components["schemas"]["InvestorProfilePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `investor.changed-concurrently`: The investor changed meanwhile; read it again.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["InvestorChangedConcurrentlyProblem"];
                };
            };
            /**
             * @description `investor.version-mismatch`: The profile changed since you read it; read it again.
             *
             *     `precondition-failed`: Precondition failed
             */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorVersionMismatchProblem"] | components["schemas"]["PreconditionFailedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.if-match-required`: This change needs If-Match with the ETag you read. */
            428: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestIfMatchRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                instrument?: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
                locale?: "fr" | "en";
                /** @description Operators only: applicants and investors read published versions (403 otherwise). */
                status?: "draft" | "published";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateListView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.operators-only`: Only operators may do this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthOperatorsOnlyProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegalTemplateDto"];
            };
        };
        responses: {
            /** @description `Location` points to the template. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateVersionView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `template.key-taken`: A template already has this key; add a version to it instead.
             *
             *     `template.version-not-newer`: A new version must be newer than the template’s latest.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["TemplateKeyTakenProblem"] | components["schemas"]["TemplateVersionNotNewerProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description Lowercase words joined by dashes; anything else is `404`. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `template.not-found`: No such template, or no such version of it.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_addVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description Lowercase words joined by dashes; anything else is `404`. */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateVersionDto"];
            };
        };
        responses: {
            /** @description `Location` points to the template. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateVersionView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `template.not-found`: No such template, or no such version of it.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `template.version-not-newer`: A new version must be newer than the template’s latest.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["TemplateVersionNotNewerProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description Lowercase words joined by dashes; anything else is `404`. */
                key: string;
                /** @description A semantic version (1.0.0); anything else is `404`. */
                version: string;
            };
            cookie?: never;
        };
        /** @description Any subset of the draft’s content; null removes a field */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateVersionPatch"];
                "application/merge-patch+json": components["schemas"]["TemplateVersionPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateVersionView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `template.not-found`: No such template, or no such version of it.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `template.changed-concurrently`: The template version changed meanwhile; read it again.
             *
             *     `template.published`: A published version never changes; add a new version instead.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["TemplateChangedConcurrentlyProblem"] | components["schemas"]["TemplatePublishedProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description Lowercase words joined by dashes; anything else is `404`. */
                key: string;
                /** @description A semantic version (1.0.0); anything else is `404`. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewTemplateDto"];
            };
        };
        responses: {
            /** @description The document as a standalone HTML page. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `template.not-found`: No such template, or no such version of it.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /**
             * @description `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             *
             *     `template.invalid-variables`: The variables do not match the template’s schema.
             *
             *     `template.render-failed`: The template could not be rendered with these variables within its limits.
             *
             *     `template.unsupported-markup`: A body uses markup outside the subset documents are made of (docs/legal-templates.md).
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"] | components["schemas"]["TemplateInvalidVariablesProblem"] | components["schemas"]["TemplateRenderFailedProblem"] | components["schemas"]["TemplateUnsupportedMarkupProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    LegalTemplatesController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description Lowercase words joined by dashes; anything else is `404`. */
                key: string;
                /** @description A semantic version (1.0.0); anything else is `404`. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalTemplateVersionView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `template.not-found`: No such template, or no such version of it.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TemplateNotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `template.changed-concurrently`: The template version changed meanwhile; read it again.
             *
             *     `template.published`: A published version never changes; add a new version instead.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["TemplateChangedConcurrentlyProblem"] | components["schemas"]["TemplatePublishedProblem"];
                };
            };
            /**
             * @description `idempotency.key-reused`: This Idempotency-Key was used for a different request.
             *
             *     `template.body-too-large`: A body is larger than 200 kB.
             *
             *     `template.invalid-liquid`: A body is not valid Liquid.
             *
             *     `template.invalid-schema`: The schema of the variables is not a valid JSON Schema.
             *
             *     `template.locales-disagree`: The French and English bodies read different variables, or variables the schema does not declare.
             *
             *     `template.unsupported-markup`: A body uses markup outside the subset documents are made of (docs/legal-templates.md).
             */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"] | components["schemas"]["TemplateBodyTooLargeProblem"] | components["schemas"]["TemplateInvalidLiquidProblem"] | components["schemas"]["TemplateInvalidSchemaProblem"] | components["schemas"]["TemplateLocalesDisagreeProblem"] | components["schemas"]["TemplateUnsupportedMarkupProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    AuthController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateMyAccountDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `account.changed-concurrently`: The account changed meanwhile; try again.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountChangedConcurrentlyProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    PersonalDataController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestErasureDto"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureAcceptedView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.invalid-credentials`: E-mail or password is incorrect.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthInvalidCredentialsProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /**
             * @description `account.changed-concurrently`: The account changed meanwhile; try again.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountChangedConcurrentlyProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    PersonalDataController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Location` points to the export. */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportAcceptedView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    PersonalDataController_exportOf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `export.not-found`: No such export of your data, or it expired (exports are kept 7 days). */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ExportNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    NotificationPreferencesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    NotificationPreferencesController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description The preferences as they now are. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InboxController_notifications: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description `true`: only the unread ones. */
                unread?: "true" | "false";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InboxController_markAllRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is unread any more (also when nothing was). */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A notification’s `id`, as the inbox lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is read. */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `notification.not-found`: No such notification in your inbox. */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotificationNotFoundProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    OpsTimelineController_timeline: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `timeline.not-found`: No event about this application has reached the operations service.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["TimelineNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    OpsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description The original topic. */
                topic?: string;
                /** @description The envelope's type, e.g. `application.drafted`. */
                type?: string;
                state?: "open" | "replaying" | "replayed" | "replay-failed" | "expired";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    OpsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `dead-letter.not-found`: No such dead letter. */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DeadLetterNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    OpsController_replay: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead letter, now `replaying`. */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `dead-letter.not-found`: No such dead letter. */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DeadLetterNotFoundProblem"];
                };
            };
            /**
             * @description `dead-letter.changed-concurrently`: The dead letter changed meanwhile; read it again.
             *
             *     `dead-letter.not-replayable`: Only event dead letters can be replayed: a request’s caller was answered long ago, and an erased message is gone.
             *
             *     `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DeadLetterChangedConcurrentlyProblem"] | components["schemas"]["DeadLetterNotReplayableProblem"] | components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ErasuresController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                status?: "in-progress" | "completed";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasurePageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                status?: "pending" | "approved" | "rejected" | "suspended";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorPageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `investor.not-found`: No such investor.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `investor.not-found`: No such investor.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `investor.changed-concurrently`: The investor changed meanwhile; read it again.
             *
             *     `investor.illegal-transition`: The investor’s vetting status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["InvestorChangedConcurrentlyProblem"] | components["schemas"]["InvestorIllegalTransitionProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `investor.not-found`: No such investor.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `investor.changed-concurrently`: The investor changed meanwhile; read it again.
             *
             *     `investor.illegal-transition`: The investor’s vetting status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["InvestorChangedConcurrentlyProblem"] | components["schemas"]["InvestorIllegalTransitionProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VettingReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `investor.not-found`: No such investor.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `investor.changed-concurrently`: The investor changed meanwhile; read it again.
             *
             *     `investor.illegal-transition`: The investor’s vetting status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["InvestorChangedConcurrentlyProblem"] | components["schemas"]["InvestorIllegalTransitionProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    InvestorsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VettingReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["InvestorETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestorView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `investor.not-found`: No such investor.
             *
             *     `not-found`: Not found
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvestorNotFoundProblem"] | components["schemas"]["NotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `investor.changed-concurrently`: The investor changed meanwhile; read it again.
             *
             *     `investor.illegal-transition`: The investor’s vetting status does not allow this.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["InvestorChangedConcurrentlyProblem"] | components["schemas"]["InvestorIllegalTransitionProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    MatchingOpsController_stats: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingStatsView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    NotificationsOpsController_failures: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description Only the ones still retried (`failed`) or given up (`dead`); both when absent. */
                status?: "failed" | "dead";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryFailurePageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    OpsStatusController_status: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
                /** @description open (default): accepting applications now; all: every programme. */
                status?: "open" | "all";
                kind?: "grant" | "honour-loan" | "loan" | "equity" | "quasi-equity" | "guarantee" | "support";
                /** @description Programmes open to organisations of this region. */
                region?: "FR-ARA" | "FR-BFC" | "FR-BRE" | "FR-CVL" | "FR-20R" | "FR-GES" | "FR-HDF" | "FR-IDF" | "FR-NOR" | "FR-NAQ" | "FR-OCC" | "FR-PDL" | "FR-PAC" | "FR-971" | "FR-972" | "FR-973" | "FR-974" | "FR-976";
                /** @description Programmes interested in this impact area. */
                impactArea?: "inclusion" | "disability" | "civic-engagement" | "food-waste" | "environment" | "health" | "education" | "housing" | "employment" | "mobility" | "culture" | "digital-inclusion";
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            /** @description `Location` points to the programme. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ProgrammesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `not-found`: Not found
             *
             *     `programme.not-found`: No such programme.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["ProgrammeNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    ProgrammesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Any subset of the programme’s fields */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammePatch"];
                "application/merge-patch+json": components["schemas"]["ProgrammePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `programme.not-found`: No such programme.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["ProgrammeNotFoundProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `programme.budget-below-committed`: The budget cannot go below what decisions have committed or holds reserve.
             *
             *     `programme.changed-concurrently`: The programme changed meanwhile; read it again.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["ProgrammeBudgetBelowCommittedProblem"] | components["schemas"]["ProgrammeChangedConcurrentlyProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    WebhooksController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookDto"];
            };
        };
        responses: {
            /** @description The endpoint, `active`, with its `secret`: keep it, it is never shown again (`rotate-secret` gives a new one). At most 10 endpoints per account. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
            /**
             * @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_".
             *
             *     `validation-failed`: Invalid request
             *
             *     `webhook.https-required`: A webhook URL must use https.
             *
             *     `webhook.url-refused`: This URL cannot receive webhooks: its host does not resolve to a public address.
             */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"] | components["schemas"]["ValidationFailedProblem"] | components["schemas"]["WebhookHttpsRequiredProblem"] | components["schemas"]["WebhookUrlRefusedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later.
             *
             *     `webhook.too-many`: You already have the most webhook endpoints an account may have (10); delete one first.
             */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfterSometimes"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"] | components["schemas"]["WebhookTooManyProblem"];
                };
            };
            /** @description `payload-too-large`: Request body too large */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    WebhooksController_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is gone, with the calls still to make. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `webhook.not-found`: No such webhook endpoint among yours.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["WebhookNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the page before; absent for the first page. */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The `ETag` you hold (or a list, or `*`): `304` with no body while nothing changed. `Cache-Control: no-cache` asks for the body anyway. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageView"];
                };
            };
            /** @description Not modified: the `ETag` sent in `If-None-Match` is current. No body. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: Invalid request */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `webhook.not-found`: No such webhook endpoint among yours.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["WebhookNotFoundProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters from `A-Za-z0-9_-`, yours to choose per operation. A retry with the same key and body gets the first answer (with `Idempotent-Replayed: true`), `409` (`idempotency.in-progress`) while the first runs, `422` (`idempotency.key-reused`) with another body. Keys are your account’s (your address’s on public routes) and kept 24 h; answers of `5xx` are not kept. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`, the default) or English (`en`) for field-error messages, notifications and some details. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Kept when it has 8–128 characters from `A-Za-z0-9._:-`; otherwise the gateway picks a UUID. */
                "X-Correlation-Id"?: components["parameters"]["XCorrelationId"];
            };
            path: {
                /** @description A UUID; anything else is `404`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new `secret`: keep it, it is never shown again. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
            /** @description `idempotency.key-invalid`: Idempotency-Key must be 1 to 64 letters, digits, "-" or "_". */
            400: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInvalidProblem"];
                };
            };
            /**
             * @description `account.gone`: This account no longer exists.
             *
             *     `auth.token-required`: A valid access token is required.
             */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccountGoneProblem"] | components["schemas"]["AuthTokenRequiredProblem"];
                };
            };
            /** @description `auth.role-required`: Your role does not allow this. */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthRoleRequiredProblem"];
                };
            };
            /**
             * @description `not-found`: Not found
             *
             *     `webhook.not-found`: No such webhook endpoint among yours.
             */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"] | components["schemas"]["WebhookNotFoundProblem"];
                };
            };
            /** @description `idempotency.in-progress`: A request with this Idempotency-Key is still in progress; retry later. */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyInProgressProblem"];
                };
            };
            /** @description `idempotency.key-reused`: This Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `request.rate-limited`: Too many requests; retry after the time given in Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RequestRateLimitedProblem"];
                };
            };
            /** @description `internal`: Internal error */
            500: {
                headers: {
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalProblem"];
                };
            };
            /** @description `unavailable`: Service unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
}
