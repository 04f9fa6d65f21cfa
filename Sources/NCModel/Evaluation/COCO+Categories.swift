extension COCO {
    /// The COCO paper's 91-category id of each of the 80 class indices (ultralytics'
    /// `converter.coco80_to_coco91_class`): what `save_json` writes as `category_id` on COCO.
    public static let categoryIDs = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 31, 32, 33, 34,
        35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 67, 70, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90,
    ]

    /// The class index of a 91-category id, or nil for the 11 ids COCO never uses.
    public static func classIndex(categoryID: Int) -> Int? {
        categoryIDs.firstIndex(of: categoryID)
    }
}
