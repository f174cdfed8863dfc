// Generated with dataset-validator.gen.js; do not edit by hand.
type Check = (value: unknown) => boolean;
export declare const datasetShell: Check;
export declare const bulletinsItem: Check;
export declare const peopleItem: Check;
export declare const organizationsItem: Check;
export declare const placesItem: Check;
export declare const supplyTypesItem: Check;
export declare const itemChecks: Record<"bulletins" | "people" | "organizations" | "places" | "supplyTypes", Check>;
