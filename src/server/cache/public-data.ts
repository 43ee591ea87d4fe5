/**
 * The tag of public data kept in Next's data cache for pages rendered per request (the comparison
 * reads its address, so it cannot be a cached page; its data is). revalidatePublicPages drops it.
 */
export const PUBLIC_DATA_TAG = "public-data";
