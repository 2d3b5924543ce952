package org.chuanyu.parks.export;

/** OpenAPI examples for the park export, kept next to the resource that shows them (the BOM is left out). */
final class ParkExportExamples {

    /** The header row and the Park example's row with its 2022 indicators. */
    static final String CSV = "编码 code,名称 name,英文名称 nameEn,类型 kind,级别 level,省份 province,区县 district,"
            + "合作区 zone,主导产业 industries,称号 designations,批复面积 filedKm2,托管面积 managedKm2,规划面积 plannedKm2,"
            + "指标年度 indicatorYear,enterprisesSettled,enterprisesInProduction,grossIndustrialOutput,growthRate,"
            + "highTechEnterprises,rdShare,taxRevenue,fixedAssetInvestment,investmentAttracted,"
            + "aboveScaleEnterprisesAdded,数据来源 source\r\n"
            + "rongchang-hightech,荣昌高新技术产业开发区,Rongchang High-tech Zone,HIGH_TECH_ZONE,NATIONAL,chongqing,500153,"
            + "rongchang-longchang,consumer-goods;pharmaceuticals;electronics,国家级高新区,27.87,28.8,100.07,2022,755,585,"
            + "100400000000,8.5,151,4.4,,,,,荣昌高新区2022年工作总结\r\n";

    private ParkExportExamples() {
    }
}
