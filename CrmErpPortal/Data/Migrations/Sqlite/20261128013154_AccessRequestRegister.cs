using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessRequestRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    RequesterPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RequestDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectCustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OriginalDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdentityVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    IdentityMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IdentityVerifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdentityVerifiedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdentityVerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GatherState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GatherStep = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GatherPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    GatherError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GatherStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GatherFinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GatherWarnings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleaseMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoggedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccessRequestExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccessRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreviousDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExtendedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExtendedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExtendedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequestExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessRequestExtensions_AccessRequests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalTable: "AccessRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccessRequestPackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccessRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequestPackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessRequestPackages_AccessRequests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalTable: "AccessRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequestExtensions_AccessRequestId",
                table: "AccessRequestExtensions",
                column: "AccessRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequestPackages_AccessRequestId",
                table: "AccessRequestPackages",
                column: "AccessRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_Status_DueOn",
                table: "AccessRequests",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_SubjectCustomerId",
                table: "AccessRequests",
                column: "SubjectCustomerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRequestExtensions");

            migrationBuilder.DropTable(
                name: "AccessRequestPackages");

            migrationBuilder.DropTable(
                name: "AccessRequests");
        }
    }
}
