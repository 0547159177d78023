namespace CstoPress.Data.Configurations.Organization;

public class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.PlaceRu).HasMaxLength(200);
        builder.Property(m => m.Chair).HasMaxLength(300);
        builder.Property(m => m.ChairRu).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(10000);
        builder.Property(m => m.AgendaRu).HasMaxLength(10000);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.StatusReason).HasMaxLength(2000);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Ignore(m => m.LastDay);
        builder.OwnsOne(m => m.Review, RegisterReviewColumns.Configure);
        builder.Navigation(m => m.Review).IsRequired();

        // Numbered within the body: "the 5th meeting of the Permanent Council" names one meeting.
        builder.HasIndex(m => new { m.BodyId, m.Number }).IsUnique();
        builder.HasIndex(m => m.StartsOn);
        builder.HasOne(m => m.Body).WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.StatusChanges).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.News).WithMany().UsingEntity<Dictionary<string, object>>(
            "meeting_news",
            news => news.HasOne<Publication>().WithMany().HasForeignKey("PublicationId"),
            news => news.HasOne<Meeting>().WithMany().HasForeignKey("MeetingId"));
    }
}
