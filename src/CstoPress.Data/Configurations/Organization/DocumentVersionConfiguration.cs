using NpgsqlTypes;

namespace CstoPress.Data.Configurations.Organization;

public class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    /// <summary>The stored full-text vector of a version's title and text, matched by the search.</summary>
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("document_versions");
        builder.Property(v => v.Language).HasConversion(ContentLanguageConverter.Instance).HasMaxLength(2);
        builder.Property(v => v.Title).HasMaxLength(PublicationConfiguration.TitleMaxLength);
        builder.HasIndex(v => new { v.DocumentId, v.Language }).IsUnique();
        builder.HasOne<Publication>().WithMany().HasForeignKey(v => v.SourcePublicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.DocumentVersionId).OnDelete(DeleteBehavior.Cascade);

        // The search finds documents beside publications: the title weighs as a publication's title, the
        // official text as a body, each version stemmed with its own language's dictionary.
        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                """
                CASE WHEN language = 'ru' THEN
                    setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('russian', coalesce(text, '')), 'C')
                ELSE
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(text, '')), 'C')
                END
                """,
                stored: true);
        builder.HasIndex(SearchVector).HasMethod("GIN");
    }
}
