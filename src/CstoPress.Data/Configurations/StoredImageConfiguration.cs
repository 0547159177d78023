namespace CstoPress.Data.Configurations;

public class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.ToTable("stored_images");
        builder.Property(i => i.ContentType).HasMaxLength(50);
    }
}
