// The version of the published data. Raise it whenever a published number or file layout
// changes, so that people who downloaded the files can tell which edition they have.
export const DATA_VERSION = '1.0.0';
