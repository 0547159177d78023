namespace CstoPress.Data.Configurations;

public class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        builder.ToTable("preview_links");
        builder.Property(l => l.TokenHash).HasMaxLength(100);
        builder.Property(l => l.CreatedBy).HasMaxLength(256);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne<Publication>().WithMany().HasForeignKey(l => l.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
