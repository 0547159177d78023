namespace CstoPress.Data.Configurations.Organization;

public class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("document_versions");
        builder.Property(v => v.Language).HasConversion(ContentLanguageConverter.Instance).HasMaxLength(2);
        builder.Property(v => v.Title).HasMaxLength(PublicationConfiguration.TitleMaxLength);
        builder.HasIndex(v => new { v.DocumentId, v.Language }).IsUnique();
        builder.HasOne<Publication>().WithMany().HasForeignKey(v => v.SourcePublicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.DocumentVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
