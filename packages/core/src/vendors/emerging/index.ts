/** The emerging-technology register, its crosswalk to control entries, and control proposals (issue 16 §4). */
export * from './crosswalk';
export * from './proposal';
export * from './register';
