using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "organization_bodies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Bodies had no time of change before; they count as changed when the register began to be edited.
            migrationBuilder.Sql("UPDATE organization_bodies SET updated_at = now();");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "organization_bodies",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<int>(
                name: "register_entry_id",
                table: "audit_log",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "register_kind",
                table: "audit_log",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "register_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_revisions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_register_kind_register_entry_id",
                table: "audit_log",
                columns: new[] { "register_kind", "register_entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_register_revisions_kind_entry_id_saved_at",
                table: "register_revisions",
                columns: new[] { "kind", "entry_id", "saved_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "register_revisions");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_register_kind_register_entry_id",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "organization_bodies");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "organization_bodies");

            migrationBuilder.DropColumn(
                name: "register_entry_id",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "register_kind",
                table: "audit_log");
        }
    }
}
