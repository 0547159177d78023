using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "major_change_at",
                table: "publications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "original_changed_at",
                table: "publications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "alert_subscriptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topic_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    accreditation_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unsubscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    permanent_failures = table.Column<int>(type: "integer", nullable: false),
                    last_digest_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_digest_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_alert_subscriptions_accreditations_accreditation_id",
                        column: x => x.accreditation_id,
                        principalTable: "accreditations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    publication_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    send_after = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    change_note = table.Column<string>(type: "text", nullable: true),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    held_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    given_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_alerts_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alert_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subscription_id = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    alert_id = table.Column<long>(type: "bigint", nullable: true),
                    window_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    window_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_alert_deliveries_alert_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "alert_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_alert_deliveries_alerts_alert_id",
                        column: x => x.alert_id,
                        principalTable: "alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alert_deliveries_alert_id",
                table: "alert_deliveries",
                column: "alert_id");

            migrationBuilder.CreateIndex(
                name: "ix_alert_deliveries_next_attempt_at_id",
                table: "alert_deliveries",
                columns: new[] { "next_attempt_at", "id" },
                filter: "status = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "ix_alert_deliveries_subscription_id",
                table: "alert_deliveries",
                column: "subscription_id");

            migrationBuilder.CreateIndex(
                name: "ix_alert_subscriptions_accreditation_id",
                table: "alert_subscriptions",
                column: "accreditation_id");

            migrationBuilder.CreateIndex(
                name: "ix_alert_subscriptions_email",
                table: "alert_subscriptions",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_alert_subscriptions_next_digest_at",
                table: "alert_subscriptions",
                column: "next_digest_at",
                filter: "next_digest_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_alert_subscriptions_topic_topic_key_language",
                table: "alert_subscriptions",
                columns: new[] { "topic", "topic_key", "language" },
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_publication_id_created_at",
                table: "alerts",
                columns: new[] { "publication_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_alerts_send_after",
                table: "alerts",
                column: "send_after",
                filter: "given_out_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_deliveries");

            migrationBuilder.DropTable(
                name: "alert_subscriptions");

            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropColumn(
                name: "major_change_at",
                table: "publications");

            migrationBuilder.DropColumn(
                name: "original_changed_at",
                table: "publications");
        }
    }
}
