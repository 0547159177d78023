namespace CstoPress.Data.Configurations;

public class PostHeldConfiguration : IEntityTypeConfiguration<PostHeld>
{
    public void Configure(EntityTypeBuilder<PostHeld> builder)
    {
        builder.ToTable("posts_held");
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.TitleRu).HasMaxLength(300);
        builder.Ignore(p => p.DisplayTitle);
    }
}
