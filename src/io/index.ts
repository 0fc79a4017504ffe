/**
 * `shnor/io`: reading and writing datasets as files — JSON, JSON Lines, CSV in long form with a JSON
 * frame, Excel workbooks, each gzip or not. Node only; the core entry `shnor` stays free of it.
 * @packageDocumentation
 */
export type { FileIssue, PartialFileDataset, ReadOptions, ReadProgress } from './types.js';
export { readJsonLinesDataset } from './jsonLines.js';
export { type ColumnMapping, type ReadCsvDatasetOptions, type ReadCsvOptions, defaultFramePath, readCsvDataset } from './csv.js';
export { HEADER_SHEET, type ReadExcelDatasetOptions, type ReadExcelOptions, readExcelDataset } from './excel.js';
export { framePathOf, writeCsvDataset, writeExcelDataset, writeJsonLinesDataset } from './write.js';
export { type DatasetFileFormat, type ReadDatasetFileOptions, datasetFileFormat, readDatasetFile, writeDatasetFile } from './read.js';
export { type ReadColumnsOptions, type ResultColumns, readResultColumns } from './columns.js';
export { readColumnMapping } from './mapping.js';
