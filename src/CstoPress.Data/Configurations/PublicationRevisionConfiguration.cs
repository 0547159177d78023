namespace CstoPress.Data.Configurations;

public class PublicationRevisionConfiguration : IEntityTypeConfiguration<PublicationRevision>
{
    public void Configure(EntityTypeBuilder<PublicationRevision> builder)
    {
        builder.ToTable("publication_revisions");
        builder.Property(r => r.SavedBy).HasMaxLength(256);
        builder.Property(r => r.Title).HasMaxLength(PublicationConfiguration.TitleMaxLength);
        builder.HasOne<Publication>().WithMany().HasForeignKey(r => r.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PublicationId, r.SavedAt });
    }
}
