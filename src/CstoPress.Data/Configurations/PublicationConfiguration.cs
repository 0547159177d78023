using NpgsqlTypes;

namespace CstoPress.Data.Configurations;

public class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public const int TitleMaxLength = 500;
    public const int LeadMaxLength = 4000;

    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("publications");
        ConfigureColumns(builder);
        ConfigureIndexes(builder);
        ConfigureRelations(builder);
        ConfigureOwnedDetails(builder);
        ConfigureSearchVectors(builder);
    }

    private static void ConfigureColumns(EntityTypeBuilder<Publication> builder)
    {
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Language).HasConversion(ContentLanguageConverter.Instance).HasMaxLength(2);
        builder.Property(p => p.Title).HasMaxLength(TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Lead).HasMaxLength(LeadMaxLength);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(2000);
        builder.Property(p => p.ReviewReason).HasMaxLength(2000);
        builder.Property(p => p.EmbargoNote).HasMaxLength(2000);
        builder.Property(p => p.SubmittedBy).HasMaxLength(256);
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsRowVersion();
    }

    private static void ConfigureIndexes(EntityTypeBuilder<Publication> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.TranslationOfId).IsUnique();

        // Keyset pagination of the listings walks (published_at, id) newest first within these filters.
        builder.HasIndex(p => new { p.Language, p.Status, p.PublishedAt, p.Id })
            .IsDescending(false, false, true, true);
        builder.HasIndex(p => new { p.SectionId, p.Language, p.Status, p.PublishedAt, p.Id })
            .IsDescending(false, false, false, true, true);
        builder.HasIndex(p => new { p.Kind, p.Language, p.Status, p.PublishedAt })
            .IsDescending(false, false, false, true);
        // Everything listed, newest first, over both languages: the search reads the newest window of
        // the archive through it, and a common word is found by walking it rather than the whole GIN match.
        builder.HasIndex(p => new { p.PublishedAt, p.Id })
            .IsDescending(true, true)
            .HasFilter("status = 'Published' AND deleted_at IS NULL");
        // The scheduler looks for what is due; the dashboard for what needs review.
        builder.HasIndex(p => new { p.Status, p.PublishedAt }).HasFilter("status = 'Scheduled'");
        // The purge looks for what has been in the trash long enough every few seconds; without this, a
        // read of every row of the archive (0.7 s at a million items, 5 s when they are not in memory).
        builder.HasIndex(p => p.DeletedAt).HasFilter("deleted_at IS NOT NULL");
    }

    private static void ConfigureRelations(EntityTypeBuilder<Publication> builder)
    {
        builder.HasOne(p => p.Section).WithMany().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.TranslationOf)
            .WithOne(p => p.Translation)
            .HasForeignKey<Publication>(p => p.TranslationOfId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Publication>().WithMany().HasForeignKey(p => p.ReplacedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.PressContact).WithMany().HasForeignKey(p => p.PressContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Photos).WithOne().HasForeignKey(p => p.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ChangeNotes).WithOne().HasForeignKey(n => n.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tags).WithMany(t => t.Publications).UsingEntity("publication_tags");
        builder.HasMany(p => p.People).WithMany(p => p.Publications).UsingEntity("publication_people");
        builder.HasMany(p => p.Bodies).WithMany(b => b.Publications).UsingEntity("publication_bodies");
    }

    private static void ConfigureOwnedDetails(EntityTypeBuilder<Publication> builder)
    {
        builder.OwnsOne(p => p.Source, source =>
        {
            source.Property(s => s.Agency).HasMaxLength(200);
            source.Property(s => s.OriginalLanguage).HasMaxLength(20);
            source.Property(s => s.IsOurTranslation);
        });
        builder.Navigation(p => p.Source).IsRequired();

        builder.OwnsOne(p => p.Contact, contact =>
        {
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Post).HasMaxLength(200);
            contact.Property(c => c.Phone).HasMaxLength(100);
            contact.Property(c => c.Email).HasMaxLength(200);
            contact.Ignore(c => c.IsEmpty);
        });
        builder.Navigation(p => p.Contact).IsRequired();

        builder.OwnsOne(p => p.Speech, speech =>
        {
            speech.Property(s => s.SpeakerId);
            speech.HasOne(s => s.Speaker).WithMany().HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.SetNull);
            // Search also uses ix_publications_speech_speaker_id_published_at, made by the migration
            // SearchRankingByTitleAndLead: EF cannot declare an index that spans an owned type and its owner.
            speech.HasIndex(s => s.SpeakerId);
            speech.Property(s => s.SpeakerPost).HasMaxLength(300);
            speech.Property(s => s.Occasion).HasMaxLength(1000);
            speech.Property(s => s.Place).HasMaxLength(200);
            speech.Property(s => s.DeliveredOn);
        });
        builder.Navigation(p => p.Speech).IsRequired();

        builder.OwnsOne(p => p.Document, document =>
        {
            document.Property(d => d.AdoptingBody).HasMaxLength(300);
            document.Property(d => d.DocumentNumber).HasMaxLength(100);
            document.Property(d => d.AdoptedOn);
        });
        builder.Navigation(p => p.Document).IsRequired();
    }

    private static void ConfigureSearchVectors(EntityTypeBuilder<Publication> builder)
    {
        // Full-text search: title weighs more than the lead, the lead more than the body, and each
        // item is stemmed with its own language's dictionary.
        builder.Property<NpgsqlTsVector>("SearchVector")
            .HasComputedColumnSql(
                """
                CASE WHEN language = 'ru' THEN
                    setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('russian', coalesce(lead, '')), 'B') ||
                    setweight(to_tsvector('russian', coalesce(body, '')), 'C')
                ELSE
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(lead, '')), 'B') ||
                    setweight(to_tsvector('english', coalesce(body, '')), 'C')
                END
                """,
                stored: true);
        builder.HasIndex("SearchVector").HasMethod("GIN");

        // What search results are ranked by. Ranking reads each candidate's vector; the whole one is large
        // enough to be kept compressed out of line, and fetching and unpacking a thousand of them cost more
        // than finding the matches. The title and lead are short and stay in the row.
        builder.Property<NpgsqlTsVector>("TitleAndLeadVector")
            .HasComputedColumnSql(
                """
                CASE WHEN language = 'ru' THEN
                    setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('russian', coalesce(lead, '')), 'B')
                ELSE
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(lead, '')), 'B')
                END
                """,
                stored: true);
        builder.HasIndex(p => p.Title).HasMethod("GIN").HasOperators("gin_trgm_ops");
    }
}
