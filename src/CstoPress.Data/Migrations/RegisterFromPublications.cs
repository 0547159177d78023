namespace CstoPress.Data.Migrations;

/// <summary>
/// Turns the resolutions and statements published before the register (those naming their adopting body and
/// number) into register entries, losing nothing: an item and its translation become one document with two
/// language versions; the adopting body is matched to one of the Organization's bodies by name and also kept as
/// written; the adoption date becomes the first step (the publication's date when none was given); the items stay
/// as they are and are linked as the document's news. A symbol met twice is numbered ("A/1 (2)"), so none is
/// dropped. An entry is public when its publication is.
/// Kept apart from the generated migration so that it can be re-created around it.
/// </summary>
internal static class RegisterFromPublications
{
    public const string Sql =
        """
        CREATE TEMP TABLE register_start AS
        WITH candidates AS (
            SELECT p.*, coalesce(p.translation_of_id, p.id) AS group_id
            FROM publications p
            WHERE p.kind IN ('Resolution', 'Statement')
              AND nullif(btrim(p.document_adopting_body), '') IS NOT NULL
              AND nullif(btrim(p.document_document_number), '') IS NOT NULL
        ),
        heads AS (
            SELECT DISTINCT ON (group_id) *
            FROM candidates
            ORDER BY group_id, (translation_of_id IS NULL) DESC, id
        ),
        keyed AS (
            SELECT h.*, left(btrim(h.document_document_number), 90) AS symbol_base,
                   row_number() OVER (
                       PARTITION BY upper(regexp_replace(translate(normalize(left(btrim(h.document_document_number), 90), NFKC),
                                                                   '‐‑‒–—―−', '-------'), '\s', '', 'g'))
                       ORDER BY h.id) AS occurrence
            FROM heads h
        )
        SELECT k.group_id, k.id AS head_id,
               CASE WHEN k.occurrence = 1 THEN k.symbol_base ELSE k.symbol_base || ' (' || k.occurrence || ')' END AS symbol,
               CASE k.kind WHEN 'Resolution' THEN 'Resolution' ELSE 'Statement' END AS type,
               (SELECT b.id FROM organization_bodies b
                WHERE k.document_adopting_body ILIKE '%' || b.name || '%' OR k.document_adopting_body ILIKE '%' || b.name_ru || '%'
                ORDER BY length(b.name) DESC LIMIT 1) AS body_id,
               left(btrim(k.document_adopting_body), 300) AS adopting_body_name,
               coalesce(k.document_adopted_on,
                        (SELECT min(c.document_adopted_on) FROM candidates c WHERE c.group_id = k.group_id),
                        (coalesce(k.published_at, k.created_at) AT TIME ZONE 'Europe/Moscow')::date) AS adopted_on,
               k.document_adopted_on IS NOT NULL AS dated_by_publication,
               k.status = 'Published' AND k.deleted_at IS NULL AS is_public,
               k.published_at, k.published_by, k.created_at, k.updated_at
        FROM keyed k;

        ALTER TABLE register_start ADD COLUMN symbol_key text;
        UPDATE register_start
        SET symbol_key = upper(regexp_replace(translate(normalize(symbol, NFKC), '‐‑‒–—―−', '-------'), '\s', '', 'g'));

        INSERT INTO documents (symbol, symbol_key, type, body_id, adopting_body_name, stage,
                               review_status, review_published_by, review_published_at, created_at, updated_at)
        SELECT symbol, symbol_key, type, body_id, adopting_body_name, 'Adopted',
               CASE WHEN is_public THEN 'Published' ELSE 'Draft' END,
               CASE WHEN is_public THEN coalesce(published_by, 'register start') END,
               CASE WHEN is_public THEN published_at END,
               created_at, updated_at
        FROM register_start;

        INSERT INTO document_versions (document_id, language, title, text, is_original, is_unofficial, source_publication_id)
        SELECT DISTINCT ON (d.id, p.language)
               d.id, p.language, p.title, p.body,
               p.id = s.head_id AND NOT coalesce(p.source_is_our_translation, false),
               p.id <> s.head_id OR coalesce(p.source_is_our_translation, false),
               p.id
        FROM register_start s
        JOIN documents d ON d.symbol_key = s.symbol_key
        JOIN publications p ON coalesce(p.translation_of_id, p.id) = s.group_id
        WHERE p.kind IN ('Resolution', 'Statement')
          AND nullif(btrim(p.document_adopting_body), '') IS NOT NULL
          AND nullif(btrim(p.document_document_number), '') IS NOT NULL
        ORDER BY d.id, p.language, (p.id = s.head_id) DESC, p.id;

        INSERT INTO document_steps (document_id, stage, taken_on, note, recorded_at, recorded_by)
        SELECT d.id, 'Adopted', s.adopted_on,
               CASE WHEN s.dated_by_publication THEN 'Registered from the publication'
                    ELSE 'Registered from the publication; the date is the publication''s' END,
               s.created_at, 'register start'
        FROM register_start s
        JOIN documents d ON d.symbol_key = s.symbol_key;

        INSERT INTO document_news (document_id, publication_id)
        SELECT DISTINCT d.id, p.id
        FROM register_start s
        JOIN documents d ON d.symbol_key = s.symbol_key
        JOIN publications p ON coalesce(p.translation_of_id, p.id) = s.group_id
        WHERE p.kind IN ('Resolution', 'Statement')
          AND nullif(btrim(p.document_adopting_body), '') IS NOT NULL
          AND nullif(btrim(p.document_document_number), '') IS NOT NULL;

        DROP TABLE register_start;
        """;
}
