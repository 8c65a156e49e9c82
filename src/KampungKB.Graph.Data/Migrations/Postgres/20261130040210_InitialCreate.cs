using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KampungKB.Graph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    AgencyCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    ParentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Programs_Agencies_AgencyCode",
                        column: x => x.AgencyCode,
                        principalTable: "Agencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Programs_Programs_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Programs",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Regencies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regencies", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Regencies_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Aggregation = table.Column<int>(type: "integer", nullable: false),
                    ProgramCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Indicators_Programs_ProgramCode",
                        column: x => x.ProgramCode,
                        principalTable: "Programs",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RegencyCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Districts_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Villages",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Villages", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Villages_Districts_DistrictCode",
                        column: x => x.DistrictCode,
                        principalTable: "Districts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KampungKbs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    DeclaredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Coverage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    IsRegencyModel = table.Column<bool>(type: "boolean", nullable: false),
                    IsProvinceModel = table.Column<bool>(type: "boolean", nullable: false),
                    HasRumahDataKu = table.Column<bool>(type: "boolean", nullable: false),
                    Classification = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KampungKbs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KampungKbs_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KampungKbId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    Families = table.Column<int>(type: "integer", nullable: false),
                    Pus = table.Column<int>(type: "integer", nullable: false),
                    Iud = table.Column<int>(type: "integer", nullable: false),
                    Mow = table.Column<int>(type: "integer", nullable: false),
                    Mop = table.Column<int>(type: "integer", nullable: false),
                    Kondom = table.Column<int>(type: "integer", nullable: false),
                    Implan = table.Column<int>(type: "integer", nullable: false),
                    Suntik = table.Column<int>(type: "integer", nullable: false),
                    Pil = table.Column<int>(type: "integer", nullable: false),
                    Iat = table.Column<int>(type: "integer", nullable: false),
                    Tial = table.Column<int>(type: "integer", nullable: false),
                    PoktanParticipants = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_KampungKbs_KampungKbId",
                        column: x => x.KampungKbId,
                        principalTable: "KampungKbs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    KampungKbId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Observations_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Observations_KampungKbs_KampungKbId",
                        column: x => x.KampungKbId,
                        principalTable: "KampungKbs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KampungKbId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    PokjaFormed = table.Column<bool>(type: "boolean", nullable: false),
                    PokjaHasSk = table.Column<bool>(type: "boolean", nullable: false),
                    PokjaMembers = table.Column<int>(type: "integer", nullable: false),
                    PokjaMembersTrained = table.Column<int>(type: "integer", nullable: false),
                    HasPlkb = table.Column<bool>(type: "boolean", nullable: false),
                    PlkbName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PlkbContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Regulations = table.Column<int>(type: "integer", nullable: false),
                    HasRkm = table.Column<bool>(type: "boolean", nullable: false),
                    Funding = table.Column<int>(type: "integer", nullable: false),
                    Poktan = table.Column<int>(type: "integer", nullable: false),
                    HasSekretariat = table.Column<bool>(type: "boolean", nullable: false),
                    HasRumahDataKu = table.Column<bool>(type: "boolean", nullable: false),
                    DataSources = table.Column<int>(type: "integer", nullable: false),
                    Mechanisms = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfileSnapshots_KampungKbs_KampungKbId",
                        column: x => x.KampungKbId,
                        principalTable: "KampungKbs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramParticipations",
                columns: table => new
                {
                    KampungKbId = table.Column<int>(type: "integer", nullable: false),
                    ProgramCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramParticipations", x => new { x.KampungKbId, x.ProgramCode });
                    table.ForeignKey(
                        name: "FK_ProgramParticipations_KampungKbs_KampungKbId",
                        column: x => x.KampungKbId,
                        principalTable: "KampungKbs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgramParticipations_Programs_ProgramCode",
                        column: x => x.ProgramCode,
                        principalTable: "Programs",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Districts_RegencyCode",
                table: "Districts",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ProgramCode",
                table: "Indicators",
                column: "ProgramCode");

            migrationBuilder.CreateIndex(
                name: "IX_KampungKbs_Classification",
                table: "KampungKbs",
                column: "Classification");

            migrationBuilder.CreateIndex(
                name: "IX_KampungKbs_HasRumahDataKu",
                table: "KampungKbs",
                column: "HasRumahDataKu");

            migrationBuilder.CreateIndex(
                name: "IX_KampungKbs_VillageCode",
                table: "KampungKbs",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_KampungKbId_Period",
                table: "MonthlyReports",
                columns: new[] { "KampungKbId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_Period",
                table: "MonthlyReports",
                column: "Period");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_KampungKbId_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "KampungKbId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Observations_KampungKbId",
                table: "Observations",
                column: "KampungKbId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileSnapshots_KampungKbId_Period",
                table: "ProfileSnapshots",
                columns: new[] { "KampungKbId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramParticipations_ProgramCode",
                table: "ProgramParticipations",
                column: "ProgramCode");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_AgencyCode",
                table: "Programs",
                column: "AgencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_ParentCode",
                table: "Programs",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Regencies_ProvinceCode",
                table: "Regencies",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Villages_DistrictCode",
                table: "Villages",
                column: "DistrictCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyReports");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "ProfileSnapshots");

            migrationBuilder.DropTable(
                name: "ProgramParticipations");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "KampungKbs");

            migrationBuilder.DropTable(
                name: "Programs");

            migrationBuilder.DropTable(
                name: "Villages");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "Regencies");

            migrationBuilder.DropTable(
                name: "Provinces");
        }
    }
}
