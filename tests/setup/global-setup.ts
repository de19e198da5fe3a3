// Placeholder replaced by the database template setup.
export default async function setup(): Promise<void> {}
