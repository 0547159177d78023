namespace CstoPress.Data.Configurations;

public class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("photos");
        builder.Property(p => p.Caption).HasMaxLength(1000);
        builder.Property(p => p.AltText).HasMaxLength(500);
        builder.Property(p => p.Credit).HasMaxLength(200);
        builder.Property(p => p.OriginalFileName).HasMaxLength(300);
        builder.HasOne(p => p.Image).WithMany().HasForeignKey(p => p.ImageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Thumbnail).WithMany().HasForeignKey(p => p.ThumbnailId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.PublicationId, p.Order });
        builder.Ignore(p => p.IsAwaitingFile);
    }
}
