using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PrivacyAuditWhoSawWhatAndBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrivacyBreaches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BecameAwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContainedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Jurisdictions = table.Column<int>(type: "int", nullable: false),
                    DataTypes = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PeopleAffected = table.Column<int>(type: "int", nullable: true),
                    Recipients = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Encryption = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ContainmentActions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmMitigation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmSensitivity = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmNature = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmWhoHasData = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmSecurityProtection = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HarmOther = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AuSeriousHarmReasoning = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionReasoning = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyBreaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ViewingAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WindowStart = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DistinctRecords = table.Column<int>(type: "int", nullable: false),
                    Threshold = table.Column<int>(type: "int", nullable: false),
                    WindowMinutes = table.Column<int>(type: "int", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ViewingAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachNotifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BreachId = table.Column<int>(type: "int", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachNotifications_PrivacyBreaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "PrivacyBreaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BreachNotifications_BreachId",
                table: "BreachNotifications",
                column: "BreachId");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyBreaches_BecameAwareAt",
                table: "PrivacyBreaches",
                column: "BecameAwareAt");

            migrationBuilder.CreateIndex(
                name: "IX_ViewingAlerts_AcknowledgedAt",
                table: "ViewingAlerts",
                column: "AcknowledgedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ViewingAlerts_UserId_WindowStart",
                table: "ViewingAlerts",
                columns: new[] { "UserId", "WindowStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BreachNotifications");

            migrationBuilder.DropTable(
                name: "ViewingAlerts");

            migrationBuilder.DropTable(
                name: "PrivacyBreaches");
        }
    }
}
