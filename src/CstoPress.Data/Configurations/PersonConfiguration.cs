namespace CstoPress.Data.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.Slug).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NameRu).HasMaxLength(200);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasMany(p => p.Posts).WithOne().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
