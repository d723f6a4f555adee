using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DriftSourceCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DriftFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CrmValue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ErpValue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    OwnerSystem = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CountryCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastCheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ChangeRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriftFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DriftFindings_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DriftRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CustomersCompared = table.Column<int>(type: "int", nullable: false),
                    Detected = table.Column<int>(type: "int", nullable: false),
                    Resolved = table.Column<int>(type: "int", nullable: false),
                    Open = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriftRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceFieldCopies",
                columns: table => new
                {
                    SourceLinkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NameKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EmailKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BusinessNumber = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BusinessNumberKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    AddressKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    CountryCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CapturedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceFieldCopies", x => x.SourceLinkId);
                    table.ForeignKey(
                        name: "FK_SourceFieldCopies_SourceLinks_SourceLinkId",
                        column: x => x.SourceLinkId,
                        principalTable: "SourceLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DriftFindings_CustomerId_Field",
                table: "DriftFindings",
                columns: new[] { "CustomerId", "Field" },
                unique: true,
                filter: "ResolvedAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DriftFindings_ResolvedAt_Field_CountryCode",
                table: "DriftFindings",
                columns: new[] { "ResolvedAt", "Field", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_DriftRuns_FinishedAt",
                table: "DriftRuns",
                column: "FinishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DriftFindings");

            migrationBuilder.DropTable(
                name: "DriftRuns");

            migrationBuilder.DropTable(
                name: "SourceFieldCopies");
        }
    }
}
