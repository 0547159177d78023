namespace CstoPress.Data.Configurations.Organization;

public class RegisterRevisionConfiguration : IEntityTypeConfiguration<RegisterRevision>
{
    public void Configure(EntityTypeBuilder<RegisterRevision> builder)
    {
        builder.ToTable("register_revisions");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SavedBy).HasMaxLength(256);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.HasIndex(r => new { r.Kind, r.EntryId, r.SavedAt });
    }
}
