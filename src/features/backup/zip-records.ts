/** The zip format's record signatures and field limits, shared by zip-reader and zip-writer. */
export const SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  end64Locator: 0x07064b50,
} as const;

/** A 16- or 32-bit field holding its largest value means "see the Zip64 record". */
export const U16_MAX = 0xffff;
export const U32_MAX = 0xffffffff;
