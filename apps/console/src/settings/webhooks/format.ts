import dayjs from 'dayjs';

/** Seconds shown: a delivery and its replay often land within the same minute. */
export const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm:ss') : null);
