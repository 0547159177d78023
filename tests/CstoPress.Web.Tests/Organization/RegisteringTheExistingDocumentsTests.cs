using CstoPress.Core.Organization;
using CstoPress.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CstoPress.Web.Tests.Organization;

/// <summary>
/// The migration that begins the register, run on a database as the previous migration left it, holding the
/// resolutions and statements published before: each becomes an entry and nothing of them is lost.
/// </summary>
public class RegisteringTheExistingDocumentsTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabaseServer.CreateEmptyDatabaseAsync();
        await using var db = Context();
        var migrations = db.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_OrganizationRegister", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(previous);
        await ExecuteAsync(
            """
            INSERT INTO sections (id, slug, name, name_ru, "order") VALUES (1, 'documents', 'Documents', 'Документы', 1);
            INSERT INTO organization_bodies (id, slug, name, name_ru) VALUES (7, 'permanent-council', 'Permanent Council', 'Постоянный совет');
            INSERT INTO publications (id, kind, section_id, language, title, slug, lead, body, status, published_at, published_by,
                                      created_at, updated_at, awaits_approval, is_under_embargo, source_is_our_translation,
                                      document_adopting_body, document_document_number, document_adopted_on, translation_of_id)
            VALUES
              (1, 'Statement', 1, 'ru', 'Заявление Постоянного совета', 'zayavlenie', '', 'Текст заявления.', 'Published', '2024-05-10 09:00Z', 'editor',
               '2024-05-09Z', '2024-05-10Z', false, false, false, 'Постоянный совет ОДКБ', 'PC/2024/5', '2024-05-08', NULL),
              (2, 'Statement', 1, 'en', 'Statement of the Permanent Council', 'statement', '', 'Text of the statement.', 'Published', '2024-05-10 10:00Z', 'editor',
               '2024-05-09Z', '2024-05-10Z', false, false, true, 'CSTO Permanent Council', 'PC/2024/5', '2024-05-08', 1),
              (3, 'Resolution', 1, 'en', 'UN resolution on cooperation', 'un-resolution', '', 'Resolution text.', 'Published', '2024-06-01 10:00Z', 'editor',
               '2024-06-01Z', '2024-06-01Z', false, false, false, 'UN General Assembly', 'A/RES/78/1', NULL, NULL),
              (4, 'Resolution', 1, 'en', 'Draft resolution', 'draft-resolution', '', 'Not out yet.', 'Draft', NULL, NULL,
               '2024-06-02Z', '2024-06-02Z', false, false, false, 'UN General Assembly', 'a/res/78/1', NULL, NULL),
              (5, 'Statement', 1, 'en', 'Statement without a number', 'no-number', '', 'No number.', 'Published', '2024-06-03 10:00Z', 'editor',
               '2024-06-03Z', '2024-06-03Z', false, false, false, 'Permanent Council', NULL, NULL, NULL),
              (6, 'News', 1, 'en', 'News with a number', 'news', '', 'Not a document.', 'Published', '2024-06-03 10:00Z', 'editor',
               '2024-06-03Z', '2024-06-03Z', false, false, false, 'Permanent Council', 'N/1', NULL, NULL);
            """);
        await db.GetService<IMigrator>().MigrateAsync();
    }

    public Task DisposeAsync() => TestDatabaseServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task AStatementAndItsTranslationBecomeOneEntryWithTwoVersionsAndTheirNews()
    {
        await using var db = Context();
        var entry = await db.Documents.Include(d => d.Versions).Include(d => d.Steps).Include(d => d.News)
            .SingleAsync(d => d.Symbol == "PC/2024/5");

        Assert.Equal(DocumentType.Statement, entry.Type);
        Assert.Equal(7, entry.BodyId);
        Assert.Equal("Постоянный совет ОДКБ", entry.AdoptingBodyName);
        Assert.Equal(DocumentStage.Adopted, entry.Stage);
        Assert.Equal(RegisterStatus.Published, entry.Review.Status);
        var step = Assert.Single(entry.Steps);
        Assert.Equal((DocumentStage.Adopted, new DateOnly(2024, 5, 8)), (step.Stage, step.On));
        var original = entry.Versions.Single(v => v.IsOriginal);
        Assert.Equal((ContentLanguage.Ru, "Заявление Постоянного совета", "Текст заявления.", 1), (original.Language, original.Title, original.Text, original.SourcePublicationId!.Value));
        var translation = entry.Versions.Single(v => !v.IsOriginal);
        Assert.Equal((ContentLanguage.En, true, 2), (translation.Language, translation.IsUnofficial, translation.SourcePublicationId!.Value));
        Assert.Equal([1, 2], entry.News.Select(p => p.Id).Order());
        Assert.True(PublicVisibility.IsListed(entry));
    }

    [Fact]
    public async Task ABodyOutsideTheOrganizationIsKeptAsWrittenAndASymbolMetTwiceIsNumbered()
    {
        await using var db = Context();
        var entries = await db.Documents.Include(d => d.Steps).Where(d => d.Type == DocumentType.Resolution).OrderBy(d => d.Id).ToListAsync();

        Assert.Equal(["A/RES/78/1", "a/res/78/1 (2)"], entries.Select(d => d.Symbol));
        Assert.All(entries, d => Assert.Null(d.BodyId));
        Assert.All(entries, d => Assert.Equal("UN General Assembly", d.AdoptingBodyName));
        // Without an adoption date the publication's own day (Moscow) stands in, and the step says so.
        Assert.Equal(new DateOnly(2024, 6, 1), entries[0].Steps.Single().On);
        Assert.Contains("the date is the publication's", entries[0].Steps.Single().Note, StringComparison.Ordinal);
        Assert.Equal(RegisterStatus.Draft, entries[1].Review.Status);
        Assert.False(PublicVisibility.IsListed(entries[1]));
    }

    [Fact]
    public async Task ItemsWithoutANumberOrNotDocumentsStayPublicationsOnlyAndNoPublicationChanges()
    {
        await using var db = Context();

        Assert.Equal(3, await db.Documents.CountAsync());
        Assert.Equal(6, await db.Publications.CountAsync());
        var statement = await db.Publications.SingleAsync(p => p.Id == 2);
        Assert.Equal(("CSTO Permanent Council", "PC/2024/5", new DateOnly(2024, 5, 8)),
            (statement.Document.AdoptingBody, statement.Document.DocumentNumber, statement.Document.AdoptedOn!.Value));
        Assert.Equal(DocumentSymbols.KeyOf("a/res/78/1 (2)"), (await db.Documents.SingleAsync(d => d.Symbol == "a/res/78/1 (2)")).SymbolKey);
    }

    private CstoPressDbContext Context()
    {
        var options = new DbContextOptionsBuilder<CstoPressDbContext>();
        options.UseCstoPressDatabase(_connectionString);
        return new CstoPressDbContext(options.Options);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
