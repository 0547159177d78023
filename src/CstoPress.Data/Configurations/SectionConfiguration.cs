namespace CstoPress.Data.Configurations;

public class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("sections");
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.NameRu).HasMaxLength(200);
        builder.HasIndex(s => s.Slug).IsUnique();
    }
}
