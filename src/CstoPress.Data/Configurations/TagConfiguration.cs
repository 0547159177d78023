namespace CstoPress.Data.Configurations;

public class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tags");
        builder.Property(t => t.Slug).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
