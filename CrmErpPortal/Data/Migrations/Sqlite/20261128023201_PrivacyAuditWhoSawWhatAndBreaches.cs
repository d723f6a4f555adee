using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BecameAwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ContainedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Jurisdictions = table.Column<int>(type: "INTEGER", nullable: false),
                    DataTypes = table.Column<string>(type: "TEXT", nullable: true),
                    PeopleAffected = table.Column<int>(type: "INTEGER", nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", nullable: true),
                    Encryption = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContainmentActions = table.Column<string>(type: "TEXT", nullable: true),
                    HarmMitigation = table.Column<string>(type: "TEXT", nullable: true),
                    HarmSensitivity = table.Column<string>(type: "TEXT", nullable: true),
                    HarmNature = table.Column<string>(type: "TEXT", nullable: true),
                    HarmWhoHasData = table.Column<string>(type: "TEXT", nullable: true),
                    HarmSecurityProtection = table.Column<string>(type: "TEXT", nullable: true),
                    HarmOther = table.Column<string>(type: "TEXT", nullable: true),
                    AuSeriousHarmReasoning = table.Column<string>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReasoning = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyBreaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ViewingAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WindowStart = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DistinctRecords = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ViewingAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachNotifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BreachId = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
