namespace CstoPress.Data.Configurations.Organization;

public class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents");
        builder.Property(d => d.Symbol).HasMaxLength(DocumentSymbols.MaxLength);
        builder.Property(d => d.SymbolKey).HasMaxLength(DocumentSymbols.MaxLength);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.AdoptingBodyName).HasMaxLength(300);
        builder.Property(d => d.Version).IsRowVersion();
        builder.OwnsOne(d => d.Review, RegisterReviewColumns.Configure);
        builder.Navigation(d => d.Review).IsRequired();

        // The resolver finds a document by its symbol however it was typed.
        builder.HasIndex(d => d.SymbolKey).IsUnique();
        builder.HasOne(d => d.Body).WithMany().HasForeignKey(d => d.BodyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.News).WithMany().UsingEntity<Dictionary<string, object>>(
            "document_news",
            news => news.HasOne<Publication>().WithMany().HasForeignKey("PublicationId"),
            news => news.HasOne<Document>().WithMany().HasForeignKey("DocumentId"));
    }
}
